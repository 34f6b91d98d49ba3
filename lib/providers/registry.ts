import type { ResolvedSource } from '@/lib/config/schema';
import { createAsternicProvider } from './asternic/provider';
import { createEnswitchProvider } from './enswitch/provider';
import type { Provider } from './provider';
import { createTelecomxProvider } from './telecomx/provider';
import { createTelphinProvider } from './telphin/provider';
import { createUtelProvider } from './utel/provider';

/** The adapter of a configured source; the switch is exhaustive, so a new kind must add one. */
export function createProvider(source: ResolvedSource): Provider {
  switch (source.kind) {
    case 'asternic':
      return createAsternicProvider(source);
    case 'utel':
      return createUtelProvider(source);
    case 'telphin':
      return createTelphinProvider(source);
    case 'telecomx':
      return createTelecomxProvider(source);
    case 'enswitch':
      return createEnswitchProvider(source);
  }
}

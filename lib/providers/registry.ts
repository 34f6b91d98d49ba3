import type { ResolvedSource } from '@/lib/config/schema';
import { createAsternicProvider } from './asternic/provider';
import { createEnswitchProvider } from './enswitch/provider';
import type { Provider } from './provider';
import { withLongRangesSplit } from './shared/long-ranges';
import { createTelecomxProvider } from './telecomx/provider';
import { createTelphinProvider } from './telphin/provider';
import { createUtelProvider } from './utel/provider';

/**
 * The adapter of a configured source, with ranges longer than an upstream request may span cut
 * into calendar years. The switch is exhaustive, so a new kind must add an adapter.
 */
export function createProvider(source: ResolvedSource): Provider {
  return withLongRangesSplit(createAdapter(source));
}

function createAdapter(source: ResolvedSource): Provider {
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

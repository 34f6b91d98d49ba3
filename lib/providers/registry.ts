import type { ResolvedSource, SourceConfig } from '@/lib/config/schema';
import type { SourceKind } from '@/lib/model/source';
import { createAsternicProvider } from './asternic/provider';
import type { Provider } from './provider';
import { createEnswitchProvider } from './enswitch/provider';
import { createTelecomxProvider } from './telecomx/provider';
import { createTelphinProvider } from './telphin/provider';
import { createUtelProvider } from './utel/provider';

type SourceOf<K extends SourceKind> = ResolvedSource<Extract<SourceConfig, { kind: K }>>;
type Factories = { [K in SourceKind]?: (source: SourceOf<K>) => Provider };

/** The adapters this build ships; a kind missing here is rejected at start-up, never faked. */
const factories: Factories = {
  asternic: createAsternicProvider,
  utel: createUtelProvider,
  telphin: createTelphinProvider,
  telecomx: createTelecomxProvider,
  enswitch: createEnswitchProvider,
};

export function isKindAvailable(kind: SourceKind): boolean {
  return factories[kind] !== undefined;
}

export function createProvider(source: ResolvedSource): Provider {
  switch (source.kind) {
    case 'asternic':
      return build(factories.asternic, source);
    case 'utel':
      return build(factories.utel, source);
    case 'telphin':
      return build(factories.telphin, source);
    case 'telecomx':
      return build(factories.telecomx, source);
    case 'enswitch':
      return build(factories.enswitch, source);
  }
}

function build<S extends ResolvedSource>(
  factory: ((source: S) => Provider) | undefined,
  source: S,
): Provider {
  if (!factory) throw new Error(`no adapter for kind ${source.kind}`);
  return factory(source);
}

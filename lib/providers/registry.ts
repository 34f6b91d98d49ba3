import type { ResolvedSource } from '@/lib/config/schema';
import type { SourceKind } from '@/lib/model/source';
import { createAsternicProvider } from './asternic/provider';
import type { Provider } from './provider';

type Factory = (source: ResolvedSource) => Provider;

/** The adapters this build ships; a kind missing here is rejected at start-up, never faked. */
const factories: Partial<Record<SourceKind, Factory>> = {
  asternic: (source) => {
    if (source.kind !== 'asternic') throw new Error('registry: kind mismatch');
    return createAsternicProvider(source);
  },
};

export function isKindAvailable(kind: SourceKind): boolean {
  return factories[kind] !== undefined;
}

export function createProvider(source: ResolvedSource): Provider {
  const factory = factories[source.kind];
  if (!factory) throw new Error(`no adapter for kind ${source.kind}`);
  return factory(source);
}

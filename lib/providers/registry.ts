import type { SourceKind } from '@/lib/model/source';
import { asternicDefinition } from './asternic/provider';
import { enswitchDefinition } from './enswitch/provider';
import type { Provider, ProviderDefinition, SourceOf } from './provider';
import { withLongRangesSplit } from './shared/long-ranges';
import { telecomxDefinition } from './telecomx/provider';
import { telphinDefinition } from './telphin/provider';
import { utelDefinition } from './utel/provider';

/** Every kind's definition, one line each; the type makes a new kind add its line here. */
export const providerDefinitions: { [K in SourceKind]: ProviderDefinition<K> } = {
  utel: utelDefinition,
  telphin: telphinDefinition,
  telecomx: telecomxDefinition,
  enswitch: enswitchDefinition,
  asternic: asternicDefinition,
};

/** The definition of a kind (its refresh default, request concurrency and factory). */
export function definitionOf<K extends SourceKind>(kind: K): ProviderDefinition<K> {
  return providerDefinitions[kind];
}

/** Live polling period of a kind when its source sets none. */
export const defaultRefreshSeconds = (kind: SourceKind): number =>
  providerDefinitions[kind].defaultRefreshSeconds;

/**
 * The adapter of a configured source, with ranges longer than an upstream request may span cut
 * into calendar years.
 */
export function createProvider<K extends SourceKind>(source: SourceOf<K>): Provider {
  const definition: ProviderDefinition<K> = definitionOf(source.kind);
  return withLongRangesSplit(definition.create(source));
}

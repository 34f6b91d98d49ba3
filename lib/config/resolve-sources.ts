import type { CallboardConfig, ResolvedSource, SourceConfig } from './schema';

/** Live polling periods when a source sets none; Asternic's realtime floor is 5 s (FACTS §5.3). */
const defaultRefreshSeconds: Record<SourceConfig['kind'], number> = {
  asternic: 5,
  utel: 10,
  telphin: 30,
  telecomx: 30,
  enswitch: 10,
};

/** Applies the file-level defaults (name, time zone, refresh period) to every source. */
export function resolveSources(config: CallboardConfig): ResolvedSource[] {
  return config.sources.map((source) => ({
    ...source,
    name: source.name ?? source.id,
    timezone: source.timezone ?? config.timezone,
    refreshSeconds: source.refreshSeconds ?? defaultRefreshSeconds[source.kind],
  }));
}

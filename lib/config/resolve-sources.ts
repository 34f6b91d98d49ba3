import type { CallboardConfig, ResolvedSource, SourceConfig } from './schema';

/**
 * Applies the file-level defaults (name, time zone) and the kind's refresh period, which each
 * provider declares (`defaultRefreshSeconds` in lib/providers/registry.ts), to every source.
 */
export function resolveSources(
  config: CallboardConfig,
  defaultRefreshSeconds: (kind: SourceConfig['kind']) => number,
): ResolvedSource[] {
  return config.sources.map((source) => ({
    ...source,
    name: source.name ?? source.id,
    timezone: source.timezone ?? config.timezone,
    refreshSeconds: source.refreshSeconds ?? defaultRefreshSeconds(source.kind),
  }));
}

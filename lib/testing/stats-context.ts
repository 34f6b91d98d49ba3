import type { StatsContext } from '@/lib/providers/provider';

/** A StatsContext for adapter tests: no caching, no limits, a short timeout. */
export function plainStatsContext(overrides: Partial<StatsContext> = {}): StatsContext {
  return {
    timeoutMs: 2000,
    cached: (_key, _end, load) => load(),
    limit: (load) => load(),
    ...overrides,
  };
}

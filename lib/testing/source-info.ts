import type { SeriesBucket, SourceInfo, StatsFilter } from '@/lib/model/source';

/** A source as GET /api/v1/sources lists it, healthy, with the given buckets and filters. */
export function sourceInfo(
  id: string,
  series: SeriesBucket[],
  filters: StatsFilter[] = [],
  overrides: Partial<Pick<SourceInfo, 'kind' | 'timezone'>> = {},
): SourceInfo {
  return {
    id,
    name: id.toUpperCase(),
    kind: 'asternic',
    timezone: 'Asia/Tashkent',
    refreshSeconds: 5,
    businessDayStart: '00:00',
    serviceLevelSeconds: 20,
    queueServiceLevelSeconds: {},
    capabilities: {
      summary: true,
      series,
      agents: true,
      externalNumbers: true,
      liveQueues: true,
      filters,
    },
    health: { status: 'ok', lastSuccessAt: null, lastError: null },
    ...overrides,
  };
}

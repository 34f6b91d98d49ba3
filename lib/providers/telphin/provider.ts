import { DateTime } from 'luxon';
import {
  cacheKey,
  type Provider,
  type ProviderDefinition,
  type ProviderOptions,
  type SourceOf,
  type StatsContext,
  type StatsQuery,
} from '@/lib/providers/provider';
import { seriesFromSummaries } from '@/lib/providers/shared/series';
import { createTelphinClient, type TelphinClient } from './client';
import { emptyPeriod, mapCallsStats } from './mapper';
import { telphinRangeParams } from './params';

export type TelphinSource = SourceOf<'telphin'>;

/** A stats request that succeeded this recently proves the upstream as well as a check would. */
const healthFreshMs = 60_000;

/**
 * Telphin `calls/stats`: totals for any period, so series are one request per bucket
 * (`seriesFromSummaries`), cached for good once the bucket is closed. No agents (the vendor text
 * has no extension list), no external numbers, no live queues.
 */
export function createTelphinProvider(
  source: TelphinSource,
  options: ProviderOptions<TelphinClient> = {},
): Provider {
  const now = options.now ?? Date.now;
  const client = options.client ?? createTelphinClient(source, { now });

  async function fetchSummary(query: StatsQuery, context: StatsContext) {
    const params = telphinRangeParams(query.range, source.apiTimeZone);
    const key = cacheKey('telphin', 'calls/stats', source.account, params);
    const wire = await context.cached(key, query.range.to.toMillis(), () =>
      context.limit(() => client.callsStats(params, context)),
    );
    if (!wire.in || !wire.out) context.onQuirk?.('direction-absent');
    return mapCallsStats(wire);
  }

  return {
    kind: 'telphin',
    seriesBuckets: ['hour', 'day', 'month'],
    filters: [],
    fetchSummary,
    fetchSeries(bucket, query, context) {
      // Buckets still in the future hold no calls: they cost no request (today's hourly chart).
      const summaryOf = (part: StatsQuery, partContext: StatsContext) =>
        part.range.from.toMillis() > now()
          ? Promise.resolve(emptyPeriod())
          : fetchSummary(part, partContext);
      return seriesFromSummaries(bucket, query, context, summaryOf);
    },
    async checkHealth(context) {
      const last = client.lastSuccessMs();
      if (last !== undefined && now() - last < healthFreshMs) return;
      // The last whole minute: the smallest stats request that still needs a valid token.
      const to = DateTime.fromMillis(now(), { zone: 'UTC' }).startOf('minute');
      const range = { from: to.minus({ minutes: 1 }), to, zone: 'UTC' };
      await client.callsStats(telphinRangeParams(range, source.apiTimeZone), context);
    },
  };
}

export const telphinDefinition: ProviderDefinition<'telphin', TelphinClient> = {
  kind: 'telphin',
  defaultRefreshSeconds: 30,
  // A second overlapping stats request is refused with 429 (FACTS D4): one at a time.
  concurrency: 1,
  create: createTelphinProvider,
};

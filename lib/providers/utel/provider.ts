import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { SeriesBucket } from '@/lib/model/source';
import {
  cacheKey,
  type Provider,
  type ProviderDefinition,
  type ProviderOptions,
  type SourceOf,
  type StatsContext,
  type StatsQuery,
} from '@/lib/providers/provider';
import type { TimeRange } from '@/lib/time/range';
import { UtelCallsCountWire, UtelGroupedWire, UtelUsersWire } from './api-types';
import { createUtelClient, type UtelClient, type UtelEndpoint } from './client';
import {
  labelKeys,
  mapAgents,
  mapCallsCount,
  mapExternalNumbers,
  firstRepeatedHourEnd,
  mapGroupedSeries,
} from './mapper';
import { utelRangeParams, type UtelParams } from './params';

export type UtelSource = SourceOf<'utel'>;

const seriesEndpoints: Record<SeriesBucket, UtelEndpoint> = {
  hour: 'calls-by-hour',
  day: 'calls-by-day',
  month: 'calls-by-month',
};

/** Label keys FACTS D1 decided on; any other single key works too but is counted as a quirk. */
const expectedLabelKeys: Partial<Record<UtelEndpoint, string>> = {
  'calls-by-hour': 'date_hour',
  'calls-by-day': 'date',
  'calls-by-month': 'month',
  'calls-by-external-number': 'external_number',
};

/**
 * UTEL `/statistic/*`: every report natively, one request each (agents: three, for the answered
 * and not-answered splits). No live queues: UTEL pushes call events by webhook only.
 */
export function createUtelProvider(
  source: UtelSource,
  options: ProviderOptions<UtelClient> = {},
): Provider {
  const api = options.client ?? createUtelClient(source);
  const zone = source.timezone;

  /** One cached, limited request; a closed period is never fetched twice. */
  function load<T extends z.ZodType>(
    endpoint: UtelEndpoint,
    schema: T,
    params: UtelParams,
    range: TimeRange,
    context: StatsContext,
  ): Promise<z.output<T>> {
    const key = cacheKey('utel', endpoint, params);
    return context.cached(key, range.to.toMillis(), () =>
      context.limit(() => api.statistic(endpoint, schema, params, context)),
    );
  }

  async function grouped(endpoint: UtelEndpoint, query: StatsQuery, context: StatsContext) {
    const params = utelRangeParams(query.range, zone, query.externalNumber);
    const wire = await load(endpoint, UtelGroupedWire, params, query.range, context);
    const expected = expectedLabelKeys[endpoint];
    if ([...labelKeys(wire)].some((key) => key !== expected)) context.onQuirk?.('label-key');
    return wire;
  }

  return {
    kind: 'utel',
    seriesBuckets: ['hour', 'day', 'month'],
    filters: ['externalNumber'],
    async fetchSummary(query, context) {
      const params = utelRangeParams(query.range, zone, query.externalNumber);
      return mapCallsCount(
        await load('calls-count', UtelCallsCountWire, params, query.range, context),
      );
    },
    async fetchSeries(bucket, query, context) {
      const endpoint = seriesEndpoints[bucket];
      const range = {
        from: query.range.from.setZone(zone),
        to: query.range.to.setZone(zone),
        zone,
      };
      // D12: one label holds both occurrences of a repeated hour; the range cut at the end of
      // the first occurrence tells them apart (one more request per autumn change).
      const cut = bucket === 'hour' ? firstRepeatedHourEnd(range) : undefined;
      const [wire, firstOccurrences] = await Promise.all([
        grouped(endpoint, query, context),
        cut && grouped(endpoint, { ...query, range: { ...query.range, to: cut } }, context),
      ]);
      return mapGroupedSeries(
        wire,
        bucket,
        range,
        `utel ${endpoint}`,
        firstOccurrences || undefined,
      );
    },
    async fetchAgents(query, context) {
      const params = utelRangeParams(query.range, zone, query.externalNumber);
      const users = (status?: string) =>
        load(
          'calls-by-users',
          UtelUsersWire,
          status ? { ...params, status } : params,
          query.range,
          context,
        );
      const [all, answered, notAnswered] = await Promise.all([users(), users('1'), users('2')]);
      return mapAgents(all, answered, notAnswered);
    },
    async fetchExternalNumbers(query, context) {
      return mapExternalNumbers(await grouped('calls-by-external-number', query, context));
    },
    async checkHealth(context) {
      // The last whole minute: a tiny period that still needs a valid token.
      const to = DateTime.now().setZone(zone).startOf('minute');
      const range = { from: to.minus({ minutes: 1 }), to, zone };
      await api.statistic('calls-count', UtelCallsCountWire, utelRangeParams(range, zone), context);
    },
  };
}

export const utelDefinition: ProviderDefinition<'utel', UtelClient> = {
  kind: 'utel',
  defaultRefreshSeconds: 10,
  concurrency: 3,
  // Not documented; Laravel's default API throttle, which the simulator enforces (FACTS §1.3).
  upstreamPerMinute: 60,
  create: createUtelProvider,
};

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
import { zeroFilledSeries, type BucketSample } from '@/lib/providers/shared/series';
import type { TelecomxCdrStatsWire } from './api-types';
import { createTelecomxClient, type TelecomxClient, type TelecomxStatsParams } from './client';
import {
  addWindowSamples,
  inboundAnsweredQuirks,
  mapAgents,
  mapSummary,
  selectEmployees,
} from './mapper';
import { planWindows, totalsGrouping } from './windows';

export type TelecomxSource = SourceOf<'telecomx'>;

/**
 * Telecom X `POST /pbx/cdrstats` (FACTS §3): totals and per-employee figures from one request
 * per range, series from one request per local day (hour), month (day) or year (month), D6.
 */
export function createTelecomxProvider(
  source: TelecomxSource,
  options: ProviderOptions<TelecomxClient> = {},
): Provider {
  const client = options.client ?? createTelecomxClient(source, { now: options.now });

  /** Every upstream answer about a period, cached for good once the period is over. */
  function stats(
    params: TelecomxStatsParams,
    context: StatsContext,
  ): Promise<TelecomxCdrStatsWire> {
    const from = params.from.toMillis();
    const to = params.to.toMillis();
    const key = cacheKey('telecomx', 'cdrstats', from, to, params.grouping);
    return context.cached(key, to, async () => {
      const rows = await context.limit(() => client.cdrStats(params, context));
      for (const quirk of inboundAnsweredQuirks(rows)) context.onQuirk?.(quirk);
      return rows;
    });
  }

  async function totals(query: StatsQuery, context: StatsContext): Promise<TelecomxCdrStatsWire> {
    const { from, to } = query.range;
    const rows = await stats({ from, to, grouping: totalsGrouping(query.range) }, context);
    return selectEmployees(rows, query.agent);
  }

  return {
    kind: 'telecomx',
    seriesBuckets: ['hour', 'day', 'month'],
    filters: ['agent'],
    async fetchSummary(query, context) {
      return mapSummary(await totals(query, context));
    },
    async fetchAgents(query, context) {
      return mapAgents(await totals(query, context));
    },
    async fetchSeries(bucket, query, context) {
      const windows = planWindows(query.range, bucket);
      const answers = await Promise.all(windows.map((window) => stats(window, context)));
      const samples = new Map<number, BucketSample>();
      windows.forEach((window, index) => {
        addWindowSamples(samples, window, selectEmployees(answers[index] ?? [], query.agent));
      });
      return zeroFilledSeries(query.range, bucket, samples, ['incoming', 'outgoing']);
    },
    async checkHealth(context) {
      // The last minute, grouped by month: tiny, yet it proves the URL and the credentials.
      const to = DateTime.fromMillis((options.now ?? Date.now)());
      await client.cdrStats({ from: to.minus({ minutes: 1 }), to, grouping: 'MONTH' }, context);
    },
  };
}

export const telecomxDefinition: ProviderDefinition<'telecomx', TelecomxClient> = {
  kind: 'telecomx',
  defaultRefreshSeconds: 30,
  concurrency: 3,
  create: createTelecomxProvider,
};

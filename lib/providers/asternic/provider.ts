import {
  cacheKey,
  type Provider,
  type ProviderDefinition,
  type ProviderOptions,
  type SourceOf,
  type StatsContext,
  type StatsQuery,
} from '@/lib/providers/provider';
import { businessDayAt, midnight } from '@/lib/time/business-day';
import { createAsternicClient, type AsternicClient, type AsternicQuirk } from './client';
import { mapRealtime } from './mapper';
import { reportCells, type AsternicCell, type ReportKind } from './report-cells';
import { queueDayFigures, withQueueDays, type QueueDay } from './queue-day';
import { fetchReportRows } from './report-pages';
import {
  mapReportAgents,
  mapReportExternalNumbers,
  mapReportSeries,
  mapReportSummary,
  type WindowCells,
} from './report-stats';
import { inZone, planReportWindows, reportSettleMs, windowParams } from './report-windows';

export interface AsternicProvider extends Provider {
  /** How often each realtime repair was needed since start-up; non-zero means a quirky install. */
  quirkCounts(): Readonly<Record<AsternicQuirk, number>>;
}

export type AsternicSource = SourceOf<'asternic'>;

const reportNames: Record<ReportKind, string> = {
  answered: 'answered_calls_detail',
  unanswered: 'unanswered_calls_detail',
};

/**
 * Live queues from `entity=realtime`; summary, series, agents and DIDs from the answered and
 * unanswered detail reports, fetched per closed month or local day and cached (see README).
 */
export function createAsternicProvider(
  source: AsternicSource,
  options: ProviderOptions<AsternicClient> = {},
): AsternicProvider {
  const client = options.client ?? createAsternicClient(source);
  const now = options.now ?? Date.now;
  const quirks: Record<AsternicQuirk, number> = {
    'lenient-json': 0,
    'glued-objects': 0,
    'unknown-entries': 0,
  };

  /** Service level counts a call answered within its queue's threshold, else the source's. */
  const thresholdOf = (queue: string | null) =>
    (queue !== null ? source.queueServiceLevelSeconds[queue] : undefined) ??
    source.serviceLevelSeconds;

  /** One report for one window, cached for good once the window has settled. */
  function windowCells(
    kind: ReportKind,
    window: WindowCells['window'],
    query: StatsQuery,
    context: StatsContext,
  ): Promise<AsternicCell[]> {
    const name = reportNames[kind];
    const params = windowParams(window, query);
    const key = cacheKey('asternic', `reports/${name}`, params);
    return context.cached(key, +window.to + reportSettleMs, async () => {
      const rows = await fetchReportRows(client, name, params, context, options.paging);
      return reportCells(rows, kind, window, query, thresholdOf);
    });
  }

  /** Unanswered calls belong to no agent, so an agent filter (or agents) skips that report. */
  function load(
    query: StatsQuery,
    context: StatsContext,
    withUnanswered: boolean,
  ): Promise<WindowCells[]> {
    const unansweredToo = withUnanswered && query.agent === undefined;
    const windows = planReportWindows(inZone(query.range, source.timezone), now());
    return Promise.all(
      windows.map(async (window) => {
        const [answered, unanswered] = await Promise.all([
          windowCells('answered', window, query, context),
          unansweredToo ? windowCells('unanswered', window, query, context) : null,
        ]);
        return { window, answered, unanswered };
      }),
    );
  }

  let latestDay: { fromMs: number; days: Map<string, QueueDay> } | undefined;

  /**
   * Today's per-queue recount from the detail reports, through the statistics cache (reused for
   * its open-period lifetime, shared with the statistics routes). The live poll does not wait for
   * a refresh once it has this business day's figures: it shows them, at most one refresh old.
   * A failed load leaves the figures unknown (null), never the live picture stale.
   */
  function businessDayFigures(stats: StatsContext): Promise<Map<string, QueueDay> | null> {
    const range = businessDayAt(now(), source.timezone, source.businessDayStart);
    const fresh = load({ range }, stats, true).then((windows) => {
      const days = queueDayFigures(windows);
      latestDay = { fromMs: +range.from, days };
      return days;
    });
    if (latestDay?.fromMs === +range.from) {
      fresh.catch(() => undefined);
      return Promise.resolve(latestDay.days);
    }
    return fresh.catch(() => null);
  }

  return {
    kind: 'asternic',
    seriesBuckets: ['hour', 'day', 'month'],
    filters: ['queue', 'agent', 'externalNumber'],
    async fetchLiveQueues(context) {
      const days = context.stats ? businessDayFigures(context.stats) : Promise.resolve(null);
      const { body, quirks: seen } = await client.realtime(context);
      for (const quirk of seen) {
        quirks[quirk] += 1;
        context.onQuirk?.(quirk);
      }
      // The realtime summary counts the PBX's calendar day; another business day is recounted.
      const replaceToday = source.businessDayStart !== midnight;
      return withQueueDays(mapRealtime(body), await within(days, context.timeoutMs), replaceToday);
    },
    async fetchSummary(query, context) {
      return mapReportSummary(await load(query, context, true), query.externalNumber);
    },
    async fetchSeries(bucket, query, context) {
      const range = inZone(query.range, source.timezone);
      const windows = await load(query, context, true);
      return mapReportSeries(range, bucket, windows, query.externalNumber);
    },
    async fetchAgents(query, context) {
      return mapReportAgents(await load(query, context, false), query.externalNumber);
    },
    async fetchExternalNumbers(query, context) {
      return mapReportExternalNumbers(await load(query, context, true), query.externalNumber);
    },
    async checkHealth(context) {
      // The queue list is small and needs the same credentials as realtime.
      await client.queues(context);
    },
    quirkCounts: () => ({ ...quirks }),
  };
}

/**
 * The figures if they come within `ms`, else null for this poll: a day's first detail reports on
 * a busy PBX may take longer than a live poll may, and the live picture must not wait for them
 * (the load goes on in the cache, and a later poll shows them).
 */
function within<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const asternicDefinition: ProviderDefinition<'asternic', AsternicClient> = {
  kind: 'asternic',
  // Its realtime must not be polled more often (FACTS §5.3).
  defaultRefreshSeconds: 5,
  concurrency: 3,
  create: createAsternicProvider,
};

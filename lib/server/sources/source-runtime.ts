import type { ResolvedSource } from '@/lib/config/schema';
import { LiveQueue } from '@/lib/model/live-queues';
import type { SourceHealth } from '@/lib/model/source';
import type { CallContext, Provider } from '@/lib/providers/provider';
import { definitionOf } from '@/lib/providers/registry';
import { formatInZone } from '@/lib/time/zoned';
import { getMetrics } from '@/lib/server/metrics';
import { SourceStats } from '@/lib/server/stats/source-stats';
import { UpstreamBudget } from '@/lib/server/stats/upstream-budget';
import { LiveChannel } from '@/lib/server/live/live-channel';
import { describeError, RefreshCache } from '@/lib/server/live/refresh-cache';
import { getCoordinator } from '@/lib/server/redis/get-coordinator';
import { callMetrics } from './call-metrics';

/** Report requests per minute to one source at most, whatever its upstream allows. */
const reportsPerMinute = 240;
/** The share of a source's upstream rate limit reports leave to live polling and health checks. */
const liveShareOfUpstream = 0.25;

/** Failures in a row after which a source counts as down rather than degraded. */
const downAfterFailures = 3;
const healthPeriodMs = 30_000;
const LiveQueueList = LiveQueue.array();

/** One configured source at run time: its provider and the caches in front of it. */
export class SourceRuntime {
  readonly live: LiveChannel<LiveQueue[]> | undefined;
  readonly stats: SourceStats;
  readonly budget: UpstreamBudget;
  private readonly healthCheck: RefreshCache<true>;

  constructor(
    readonly source: ResolvedSource,
    readonly provider: Provider,
  ) {
    // Live polling and reports each get their own circuit breaker (the `lane` of each call) and
    // budget: reports never spend the share of the upstream's rate limit kept for live polling.
    this.budget = new UpstreamBudget({
      upstreamPerMinute: source.requestsPerMinute ?? definitionOf(source.kind).upstreamPerMinute,
      reportsPerMinute: reportsPerMinute,
      liveShare: liveShareOfUpstream,
      label: `source ${source.id}`,
    });
    this.stats = new SourceStats(source, provider, this.budget);
    const liveCalls = liveCallContext(source.id, this.budget);
    const periodMs = source.refreshSeconds * 1000;
    // The upstream timeout stays below the period so a hung call never overlaps the next one.
    const timeoutMs = Math.max(1000, Math.min(periodMs * 0.8, 10_000));
    const fetchLiveQueues = provider.fetchLiveQueues?.bind(provider);
    const coordinator = getCoordinator();
    this.live = fetchLiveQueues
      ? new LiveChannel({
          load: (signal) =>
            fetchLiveQueues({
              timeoutMs: timeoutMs / 2,
              signal,
              ...liveCalls,
              // Service level reads the day's detail rows through the statistics cache (its lane).
              stats: this.stats.context(AbortSignal.timeout(60_000)),
            }),
          periodMs,
          loadTimeoutMs: timeoutMs,
          onRead: (hit) =>
            getMetrics().liveReads.inc({ source: source.id, result: hit ? 'hit' : 'load' }),
          // With REDIS_URL set, one instance polls this source for all of them.
          coordination: coordinator && {
            coordinator,
            key: `${source.id}:queues-live`,
            isValue: (value) => LiveQueueList.safeParse(value).success,
          },
        })
      : undefined;
    this.healthCheck = new RefreshCache({
      load: async (signal) => {
        await provider.checkHealth({ timeoutMs: 5000, signal, ...liveCalls });
        return true as const;
      },
      periodMs: healthPeriodMs,
      loadTimeoutMs: 8000,
    });
  }

  /** Stops the live poll and gives up its Redis lead, so another instance takes it over at once. */
  async close(): Promise<void> {
    await this.live?.close();
  }

  /** Health from the most recent upstream contact: the live poll when someone watches, else a check. */
  async health(): Promise<SourceHealth> {
    const cache =
      this.live?.cache.lastAttemptAtMs !== undefined ? this.live.cache : this.healthCheck;
    if (cache === this.healthCheck) await this.healthCheck.read();
    const failures = cache.consecutiveFailures;
    const lastSuccessMs = cache.lastSuccessMs;
    const snapshot = cache.snapshot();
    return {
      status:
        failures === 0
          ? 'ok'
          : failures >= downAfterFailures || !lastSuccessMs
            ? 'down'
            : 'degraded',
      lastSuccessAt: lastSuccessMs
        ? formatInZone(new Date(lastSuccessMs), this.source.timezone)
        : null,
      lastError: failures > 0 ? describeError(snapshot.lastError) : null,
    };
  }
}

/** Live polls and health checks: the live lane's breaker, each attempt counted as live. */
function liveCallContext(
  sourceId: string,
  budget: UpstreamBudget,
): Omit<CallContext, 'timeoutMs' | 'signal'> {
  const metrics = callMetrics(sourceId);
  return {
    sourceId,
    lane: 'live',
    ...metrics,
    onUpstreamResult: (outcome, seconds) => {
      budget.countLive();
      metrics.onUpstreamResult?.(outcome, seconds);
    },
  };
}

import { LRUCache } from 'lru-cache';
import type { ResolvedSource } from '@/lib/config/schema';
import type { SeriesBucket } from '@/lib/model/source';
import { definitionOf } from '@/lib/providers/registry';
import {
  capabilitiesOf,
  isInvalidQueryError,
  type Provider,
  type StatsContext,
  type StatsQuery,
} from '@/lib/providers/provider';
import type { StatsAnswer, StatsEnvelope, StatsReport } from '@/lib/model/stats';
import { callMetrics } from '@/lib/server/sources/call-metrics';
import { isoWithOffset } from '@/lib/time/range';
import { formatInZone } from '@/lib/time/zoned';
import { describeError } from '@/lib/server/live/refresh-cache';
import { PeriodCache } from './period-cache';
import { RequestLimiter } from './request-limiter';
import type { UpstreamBudget } from './upstream-budget';

export type { StatsAnswer };

/** The statistics side of one source: caches, request limits, and the last good answers. */
export class SourceStats {
  private readonly cache: PeriodCache;
  private readonly limiter: RequestLimiter;
  private readonly lastGood = new LRUCache<string, StatsAnswer>({ max: 200 });

  constructor(
    private readonly source: ResolvedSource,
    private readonly provider: Provider,
    private readonly budget: UpstreamBudget,
  ) {
    this.cache = new PeriodCache({ openTtlMs: Math.max(30_000, source.refreshSeconds * 1000) });
    this.limiter = new RequestLimiter({
      concurrency: definitionOf(source.kind).concurrency,
      admit: () => budget.admitReport(),
    });
  }

  /** Whether the source can answer this report (natively or derived). */
  supports(report: StatsReport, bucket: SeriesBucket | undefined): boolean {
    const capabilities = capabilitiesOf(this.provider);
    if (report === 'summary') return capabilities.summary;
    if (report === 'agents') return capabilities.agents;
    if (report === 'external-numbers') return capabilities.externalNumbers;
    return bucket !== undefined && capabilities.series.includes(bucket);
  }

  /** Answers fresh when the upstream allows, else the last good answer marked stale, else throws. */
  async answer(
    report: StatsReport,
    query: StatsQuery,
    bucket: SeriesBucket | undefined,
  ): Promise<StatsAnswer> {
    const key = requestKey(report, query, bucket);
    try {
      // Not the caller's signal: cached loads are shared, so one closed tab must not abort them.
      const signal = AbortSignal.timeout(60_000);
      const answer = await this.fetch(report, query, bucket, this.context(signal), () => ({
        source: this.source.id,
        from: isoWithOffset(query.range.from),
        to: isoWithOffset(query.range.to),
        fetchedAt: formatInZone(new Date(), this.source.timezone),
        stale: false,
      }));
      this.lastGood.set(key, answer);
      return answer;
    } catch (error) {
      if (isInvalidQueryError(error)) throw error;
      const last = this.lastGood.get(key);
      if (!last) throw error;
      return markStale(last, describeError(error));
    }
  }

  /** Asks the provider; `envelope` is called once the data is in, so fetchedAt is its arrival. */
  private async fetch(
    report: StatsReport,
    query: StatsQuery,
    bucket: SeriesBucket | undefined,
    context: StatsContext,
    envelope: () => StatsEnvelope,
  ): Promise<StatsAnswer> {
    const p = this.provider;
    if (report === 'summary' && p.fetchSummary) {
      const data = await p.fetchSummary(query, context);
      return { report, body: { ...envelope(), ...data } };
    }
    if (report === 'agents' && p.fetchAgents) {
      const agents = await p.fetchAgents(query, context);
      return { report, body: { ...envelope(), agents } };
    }
    if (report === 'external-numbers' && p.fetchExternalNumbers) {
      const numbers = await p.fetchExternalNumbers(query, context);
      return { report, body: { ...envelope(), numbers } };
    }
    if (report === 'series' && bucket && p.fetchSeries) {
      const points = await p.fetchSeries(bucket, query, context);
      return { report, body: { ...envelope(), bucket, points } };
    }
    throw new Error(`report ${report} is not supported`);
  }

  /** Cached, limited statistics calls, as the routes make them (the live poll uses it too). */
  context(signal: AbortSignal): StatsContext {
    const sourceId = this.source.id;
    const metrics = callMetrics(sourceId);
    return {
      timeoutMs: 10_000,
      signal,
      sourceId,
      // Its own circuit breaker, and every attempt counted against the reports' budget.
      lane: 'reports',
      ...metrics,
      onUpstreamResult: (outcome, seconds) => {
        this.budget.countReport();
        metrics.onUpstreamResult?.(outcome, seconds);
      },
      cached: (key, periodEndMs, load) => this.cache.get(key, periodEndMs, load),
      limit: (load) => this.limiter.run(load),
    };
  }
}

function requestKey(report: StatsReport, query: StatsQuery, bucket: SeriesBucket | undefined) {
  const { range, externalNumber, queue, agent } = query;
  return JSON.stringify([
    report,
    bucket,
    range.from.toMillis(),
    range.to.toMillis(),
    externalNumber,
    queue,
    agent,
  ]);
}

/** The last good answer, flagged stale with the reason the fresh one failed. */
function markStale(answer: StatsAnswer, staleReason: string): StatsAnswer {
  const stale = { stale: true, staleReason };
  switch (answer.report) {
    case 'summary':
      return { report: answer.report, body: { ...answer.body, ...stale } };
    case 'series':
      return { report: answer.report, body: { ...answer.body, ...stale } };
    case 'agents':
      return { report: answer.report, body: { ...answer.body, ...stale } };
    case 'external-numbers':
      return { report: answer.report, body: { ...answer.body, ...stale } };
  }
}

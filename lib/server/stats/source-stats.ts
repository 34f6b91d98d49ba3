import { LRUCache } from 'lru-cache';
import type { ResolvedSource } from '@/lib/config/schema';
import type { SeriesBucket } from '@/lib/model/source';
import { definitionOf } from '@/lib/providers/registry';
import {
  capabilitiesOf,
  InvalidQueryError,
  type Provider,
  type StatsContext,
  type StatsQuery,
} from '@/lib/providers/provider';
import type { StatsReport } from '@/lib/server/api/stats-params';
import { callMetrics } from '@/lib/server/sources/call-metrics';
import { isoWithOffset } from '@/lib/time/range';
import { formatInZone } from '@/lib/time/zoned';
import { describeError } from '@/lib/server/live/refresh-cache';
import { PeriodCache } from './period-cache';
import { RequestLimiter } from './request-limiter';

export interface StatsAnswer {
  body: Record<string, unknown>;
}

/** The statistics side of one source: caches, request limits, and the last good answers. */
export class SourceStats {
  private readonly cache: PeriodCache;
  private readonly limiter: RequestLimiter;
  private readonly lastGood = new LRUCache<string, { body: Record<string, unknown> }>({ max: 200 });

  constructor(
    private readonly source: ResolvedSource,
    private readonly provider: Provider,
  ) {
    this.cache = new PeriodCache({ openTtlMs: Math.max(30_000, source.refreshSeconds * 1000) });
    this.limiter = new RequestLimiter({
      concurrency: definitionOf(source.kind).concurrency,
      perMinute: 240,
      label: `source ${source.id}`,
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
      const data = await this.fetch(
        report,
        query,
        bucket,
        this.context(AbortSignal.timeout(60_000)),
      );
      const body = {
        source: this.source.id,
        ...(bucket ? { bucket } : {}),
        from: isoWithOffset(query.range.from),
        to: isoWithOffset(query.range.to),
        fetchedAt: formatInZone(new Date(), this.source.timezone),
        stale: false,
        ...data,
      };
      this.lastGood.set(key, { body });
      return { body };
    } catch (error) {
      if (error instanceof InvalidQueryError) throw error;
      const last = this.lastGood.get(key);
      if (!last) throw error;
      return { body: { ...last.body, stale: true, staleReason: describeError(error) } };
    }
  }

  private async fetch(
    report: StatsReport,
    query: StatsQuery,
    bucket: SeriesBucket | undefined,
    context: StatsContext,
  ): Promise<Record<string, unknown>> {
    const p = this.provider;
    if (report === 'summary' && p.fetchSummary) return p.fetchSummary(query, context);
    if (report === 'agents' && p.fetchAgents)
      return { agents: await p.fetchAgents(query, context) };
    if (report === 'external-numbers' && p.fetchExternalNumbers) {
      return { numbers: await p.fetchExternalNumbers(query, context) };
    }
    if (report === 'series' && bucket && p.fetchSeries) {
      return { points: await p.fetchSeries(bucket, query, context) };
    }
    throw new Error(`report ${report} is not supported`);
  }

  private context(signal: AbortSignal): StatsContext {
    const sourceId = this.source.id;
    return {
      timeoutMs: 10_000,
      signal,
      sourceId,
      ...callMetrics(sourceId),
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

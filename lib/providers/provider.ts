import type { LiveQueue } from '@/lib/model/live-queues';
import type { Capabilities, SeriesBucket, SourceKind } from '@/lib/model/source';
import type { AgentStats, ExternalNumberStats, SeriesPoint, SummaryData } from '@/lib/model/stats';
import type { TimeRange } from '@/lib/time/range';
import type { UpstreamOutcome } from '@/lib/upstream/upstream-error';

/** Per-call settings the server passes to every provider call. */
export interface CallContext {
  /** Per upstream attempt; the hub keeps it below the refresh period. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** The configured source id, for metrics and messages. */
  sourceId?: string;
  /** Told each time a known vendor quirk was met and tolerated (counted in metrics). */
  onQuirk?: (quirk: string) => void;
  /** Told after every upstream attempt how it ended and how long it took (counted in metrics). */
  onUpstreamResult?: (outcome: UpstreamOutcome, seconds: number) => void;
}

/** What statistics calls also get: shared caching and the source's request limits. */
export interface StatsContext extends CallContext {
  /**
   * Runs `load` once for `key`: kept for good once `periodEndMs` is past (a closed period never
   * changes, so it is never fetched twice), briefly otherwise; identical calls share one request.
   */
  cached<T>(key: string, periodEndMs: number, load: () => Promise<T>): Promise<T>;
  /** Runs one upstream request within the source's concurrency limit and request budget. */
  limit<T>(load: () => Promise<T>): Promise<T>;
}

export type StatsFilter = 'externalNumber' | 'queue' | 'agent';

/** A validated statistics request: the period in the source's zone and optional filters. */
export interface StatsQuery {
  range: TimeRange;
  externalNumber?: string;
  queue?: string;
  agent?: string;
}

/** One configured upstream, speaking the normalized model. Created once per source. */
export interface Provider {
  readonly kind: SourceKind;
  readonly capabilities: Capabilities;
  /** Filters the statistics calls honour; a request with another filter is refused (422). */
  readonly filters?: readonly StatsFilter[];
  /** Live queue state; defined only when `capabilities.liveQueues` is true. */
  fetchLiveQueues?(context: CallContext): Promise<LiveQueue[]>;
  /** Totals per direction over the period; defined when `capabilities.summary`. */
  fetchSummary?(query: StatsQuery, context: StatsContext): Promise<SummaryData>;
  /** One point per bucket of `bucketStarts(query.range, bucket)`, zero-filled, in order. */
  fetchSeries?(
    bucket: SeriesBucket,
    query: StatsQuery,
    context: StatsContext,
  ): Promise<SeriesPoint[]>;
  fetchAgents?(query: StatsQuery, context: StatsContext): Promise<AgentStats[]>;
  fetchExternalNumbers?(query: StatsQuery, context: StatsContext): Promise<ExternalNumberStats[]>;
  /** A cheap call that proves the upstream is reachable and accepts our credentials. */
  checkHealth(context: CallContext): Promise<void>;
}

/** A request that is well-formed but names something this source does not have (answered 400). */
export class InvalidQueryError extends Error {
  override readonly name = 'InvalidQueryError';
}

import type { ResolvedSource, SourceConfig } from '@/lib/config/schema';
import type { LiveQueue } from '@/lib/model/live-queues';
import type { Capabilities, SeriesBucket, SourceKind, StatsFilter } from '@/lib/model/source';
import type { AgentStats, ExternalNumberStats, SeriesPoint, SummaryData } from '@/lib/model/stats';
import type { TimeRange } from '@/lib/time/range';
import type { UpstreamLane } from '@/lib/upstream/circuit-breaker';
import type { UpstreamOutcome } from '@/lib/upstream/upstream-error';

/** Per-call settings the server passes to every provider call. */
export interface CallContext {
  /** Per upstream attempt; the hub keeps it below the refresh period. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** The configured source id, for metrics and messages. */
  sourceId?: string;
  /** Live polling or reports: picks the source's circuit breaker (default reports). */
  lane?: UpstreamLane;
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

/**
 * What a live poll gets: the call settings and, from the server, the statistics side, for the
 * figures a live API lacks (service level from report rows). Absent, those figures are null.
 */
export interface LiveContext extends CallContext {
  stats?: StatsContext;
}

export type { StatsFilter } from '@/lib/model/source';

/** A validated statistics request: the period in the source's zone and optional filters. */
export interface StatsQuery {
  range: TimeRange;
  externalNumber?: string;
  queue?: string;
  agent?: string;
}

/**
 * One configured upstream, speaking the normalized model. Created once per source. What it can
 * answer is what it has: a missing method is an unsupported report (see `capabilitiesOf`).
 */
export interface Provider {
  readonly kind: SourceKind;
  /** Buckets `fetchSeries` answers, natively or derived. */
  readonly seriesBuckets?: readonly SeriesBucket[];
  /** Filters the statistics calls honour; a request with another filter is refused (422). */
  readonly filters: readonly StatsFilter[];
  /** Live queue state. */
  fetchLiveQueues?(context: LiveContext): Promise<LiveQueue[]>;
  /** Totals per direction over the period. */
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

// Branded like UpstreamError: route bundles may check errors made by another bundle's copy.
const invalidQueryBrand = Symbol.for('callboard.InvalidQueryError');

/** A request that is well-formed but names something this source does not have (answered 400). */
export class InvalidQueryError extends Error {
  override readonly name = 'InvalidQueryError';
  readonly [invalidQueryBrand] = true;
}

/** Whether `error` is an InvalidQueryError, whichever bundle's copy of the class made it. */
export function isInvalidQueryError(error: unknown): error is InvalidQueryError {
  return typeof error === 'object' && error !== null && invalidQueryBrand in error;
}

/** What a provider can answer, as GET /api/v1/sources shows it: read off its methods. */
export function capabilitiesOf(provider: Provider): Capabilities {
  return {
    summary: provider.fetchSummary !== undefined,
    series: provider.fetchSeries ? [...(provider.seriesBuckets ?? [])] : [],
    agents: provider.fetchAgents !== undefined,
    externalNumbers: provider.fetchExternalNumbers !== undefined,
    liveQueues: provider.fetchLiveQueues !== undefined,
    filters: [...provider.filters],
  };
}

/** A configured source of one kind, after defaults: how every adapter types its config. */
export type SourceOf<K extends SourceKind> = ResolvedSource<Extract<SourceConfig, { kind: K }>>;

/** What tests (and only tests) swap in; every factory takes this one options object. */
export interface ProviderOptions<Client> {
  /** A stand-in for the vendor client. */
  client?: Client;
  /** The clock for "today", closed periods and token lifetimes. */
  now?: () => number;
  /** Rows per page and the page limit, for vendors that page (Asternic reports). */
  paging?: { pageSize: number; maxPages: number };
}

/** Everything Callboard knows about one kind, declared once beside its adapter. */
export interface ProviderDefinition<K extends SourceKind, Client = unknown> {
  readonly kind: K;
  /** Live polling period when a source sets none. */
  readonly defaultRefreshSeconds: number;
  /** Statistics requests to one source in flight at once. */
  readonly concurrency: number;
  /**
   * The vendor's request limit per minute for one account, when it has one (a source's
   * `requestsPerMinute` overrides it): live polling and reports share it, reports leaving a
   * quarter to live polling and health checks.
   */
  readonly upstreamPerMinute?: number;
  create(source: SourceOf<K>, options?: ProviderOptions<Client>): Provider;
}

/** A kind's cache keys: the kind, the upstream call and its parameters, as one string. */
export function cacheKey(kind: SourceKind, call: string, ...params: unknown[]): string {
  return JSON.stringify([kind, call, ...params]);
}

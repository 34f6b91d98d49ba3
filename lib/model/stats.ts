import { z } from 'zod';
import { SeriesBucket } from './source';

const count = z.number().int().nonnegative().nullable();
const seconds = z.number().nonnegative().nullable();

/** One direction's totals over a period; each figure is null when the source cannot tell. */
export const DirectionTotals = z.object({
  total: count,
  answered: count,
  notAnswered: count,
  busy: count,
  failed: count,
  durationSeconds: seconds,
  talkSeconds: seconds,
});
export type DirectionTotals = z.infer<typeof DirectionTotals>;

/** What a provider returns for a period: a direction is null when the source has no such data. */
export const SummaryData = z.object({
  incoming: DirectionTotals.nullable(),
  outgoing: DirectionTotals.nullable(),
  internal: DirectionTotals.nullable(),
});
export type SummaryData = z.infer<typeof SummaryData>;

/** Calls in one bucket of one direction. */
export const BucketCounts = z.object({ total: count, notAnswered: count });
export type BucketCounts = z.infer<typeof BucketCounts>;

export const SeriesPoint = z.object({
  /** Bucket start, ISO 8601 with the source's offset. */
  start: z.string(),
  incoming: BucketCounts.nullable(),
  outgoing: BucketCounts.nullable(),
  internal: BucketCounts.nullable(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const AgentDirection = z.object({
  calls: count,
  answered: count,
  notAnswered: count,
  durationSeconds: seconds,
  talkSeconds: seconds,
});
export type AgentDirection = z.infer<typeof AgentDirection>;

export const AgentStats = z.object({
  id: z.string(),
  name: z.string().nullable(),
  extension: z.string().nullable(),
  incoming: AgentDirection.nullable(),
  outgoing: AgentDirection.nullable(),
});
export type AgentStats = z.infer<typeof AgentStats>;

export const ExternalNumberStats = z.object({
  number: z.string(),
  incoming: BucketCounts.nullable(),
  outgoing: BucketCounts.nullable(),
  internal: BucketCounts.nullable(),
});
export type ExternalNumberStats = z.infer<typeof ExternalNumberStats>;

/** What every statistics body carries: the source, the period read, and how fresh it is. */
export const StatsEnvelope = z.object({
  source: z.string(),
  from: z.string(),
  to: z.string(),
  fetchedAt: z.string(),
  stale: z.boolean(),
  /** Why the data is stale (absent when fresh); never contains a secret. */
  staleReason: z.string().optional(),
});
export type StatsEnvelope = z.infer<typeof StatsEnvelope>;

/** Bodies of the statistics routes (SPEC §3). */
export const SummaryResponse = StatsEnvelope.extend(SummaryData.shape);
export type SummaryResponse = z.infer<typeof SummaryResponse>;

export const SeriesResponse = StatsEnvelope.extend({
  bucket: SeriesBucket,
  points: z.array(SeriesPoint),
});
export type SeriesResponse = z.infer<typeof SeriesResponse>;

export const AgentsResponse = StatsEnvelope.extend({ agents: z.array(AgentStats) });
export type AgentsResponse = z.infer<typeof AgentsResponse>;

export const ExternalNumbersResponse = StatsEnvelope.extend({
  numbers: z.array(ExternalNumberStats),
});
export type ExternalNumbersResponse = z.infer<typeof ExternalNumbersResponse>;

/** The statistics routes, by the last segment of their path. */
export const statsReports = ['summary', 'series', 'agents', 'external-numbers'] as const;
export type StatsReport = (typeof statsReports)[number];

/** Each report's body schema, for the server, the exports and the browser alike. */
export const statsResponseSchemas = {
  summary: SummaryResponse,
  series: SeriesResponse,
  agents: AgentsResponse,
  'external-numbers': ExternalNumbersResponse,
} as const;

export interface StatsResponses {
  summary: SummaryResponse;
  series: SeriesResponse;
  agents: AgentsResponse;
  'external-numbers': ExternalNumbersResponse;
}

/** A statistics body together with the report it answers, so its type follows from `report`. */
export type StatsAnswer = {
  [R in StatsReport]: { report: R; body: StatsResponses[R] };
}[StatsReport];

/** Validates an untyped body (from HTTP or a cache) as the answer to `report`. */
export function parseStatsAnswer(report: StatsReport, body: unknown): StatsAnswer {
  switch (report) {
    case 'summary':
      return { report, body: SummaryResponse.parse(body) };
    case 'series':
      return { report, body: SeriesResponse.parse(body) };
    case 'agents':
      return { report, body: AgentsResponse.parse(body) };
    case 'external-numbers':
      return { report, body: ExternalNumbersResponse.parse(body) };
  }
}

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

const envelope = {
  source: z.string(),
  from: z.string(),
  to: z.string(),
  fetchedAt: z.string(),
  stale: z.boolean(),
};

/** Bodies of the statistics routes (docs/api.md). */
export const SummaryResponse = z.object({ ...envelope, ...SummaryData.shape });
export type SummaryResponse = z.infer<typeof SummaryResponse>;

export const SeriesResponse = z.object({
  ...envelope,
  bucket: SeriesBucket,
  points: z.array(SeriesPoint),
});
export type SeriesResponse = z.infer<typeof SeriesResponse>;

export const AgentsResponse = z.object({ ...envelope, agents: z.array(AgentStats) });
export type AgentsResponse = z.infer<typeof AgentsResponse>;

export const ExternalNumbersResponse = z.object({
  ...envelope,
  numbers: z.array(ExternalNumberStats),
});
export type ExternalNumbersResponse = z.infer<typeof ExternalNumbersResponse>;

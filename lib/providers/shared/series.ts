import type { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import type { BucketCounts, SeriesPoint, SummaryData } from '@/lib/model/stats';
import type { StatsContext, StatsQuery } from '@/lib/providers/provider';
import { bucketStarts, isoWithOffset, nextBucketStart, type TimeRange } from '@/lib/time/range';

export type Direction = 'incoming' | 'outgoing' | 'internal';
export type BucketSample = Partial<Record<Direction, BucketCounts>>;

/**
 * One point per bucket of the range, in order: buckets the upstream left out (it lists only
 * buckets with calls) become zeros for the directions the source reports, null for the others.
 */
export function zeroFilledSeries(
  range: TimeRange,
  bucket: SeriesBucket,
  samples: ReadonlyMap<number, BucketSample>,
  directions: readonly Direction[],
): SeriesPoint[] {
  return bucketStarts(range, bucket).map((start) => {
    const sample = samples.get(start.toMillis()) ?? {};
    const counts = (direction: Direction): BucketCounts | null =>
      directions.includes(direction) ? (sample[direction] ?? { total: 0, notAnswered: 0 }) : null;
    return {
      start: isoWithOffset(start),
      incoming: counts('incoming'),
      outgoing: counts('outgoing'),
      internal: counts('internal'),
    };
  });
}

/** The part of bucket `start` that lies inside the range (the first and last may be partial). */
export function bucketWithin(range: TimeRange, bucket: SeriesBucket, start: DateTime): TimeRange {
  const end = nextBucketStart(start, bucket);
  return {
    zone: range.zone,
    from: start < range.from ? range.from : start,
    to: end > range.to ? range.to : end,
  };
}

/**
 * A series from an API that only gives totals: one summary request per bucket, each cached (a
 * closed bucket is never fetched twice) and run within the source's limits by `fetchSummary`.
 */
export async function seriesFromSummaries(
  bucket: SeriesBucket,
  query: StatsQuery,
  context: StatsContext,
  fetchSummary: (query: StatsQuery, context: StatsContext) => Promise<SummaryData>,
): Promise<SeriesPoint[]> {
  const starts = bucketStarts(query.range, bucket);
  const summaries = await Promise.all(
    starts.map((start) => {
      const part = { ...query, range: bucketWithin(query.range, bucket, start) };
      const key = JSON.stringify([
        'summary',
        part.range.from.toMillis(),
        part.range.to.toMillis(),
        query.externalNumber,
        query.queue,
        query.agent,
      ]);
      return context.cached(key, part.range.to.toMillis(), () => fetchSummary(part, context));
    }),
  );
  return starts.map((start, index) => {
    const summary = summaries[index];
    const counts = (direction: Direction): BucketCounts | null => {
      const totals = summary?.[direction];
      return totals ? { total: totals.total, notAnswered: totals.notAnswered } : null;
    };
    return {
      start: isoWithOffset(start),
      incoming: counts('incoming'),
      outgoing: counts('outgoing'),
      internal: counts('internal'),
    };
  });
}

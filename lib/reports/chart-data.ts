import { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import type { BucketCounts, SeriesPoint } from '@/lib/model/stats';

export const directions = ['incoming', 'outgoing', 'internal'] as const;
export type Direction = (typeof directions)[number];

export interface DirectionRow {
  label: string;
  start: string;
  incoming: number | null;
  outgoing: number | null;
  internal: number | null;
}

export interface OutcomeRow {
  label: string;
  start: string;
  answered: number | null;
  notAnswered: number | null;
}

/** The directions a series has at all; one the source never reports gets no bar or legend entry. */
export function seriesDirections(points: readonly SeriesPoint[]): Direction[] {
  return directions.filter((direction) => points.some((point) => point[direction] !== null));
}

/** Axis label of a bucket start, in the source's own offset (as the API wrote it). */
export function bucketLabel(start: string, bucket: SeriesBucket, multiDay: boolean): string {
  const time = DateTime.fromISO(start, { setZone: true });
  if (!time.isValid) return start;
  if (bucket === 'month') return time.toFormat('yyyy-MM');
  if (bucket === 'day') return time.toFormat('MM-dd');
  return time.toFormat(multiDay ? 'MM-dd HH:mm' : 'HH:mm');
}

function isMultiDay(points: readonly SeriesPoint[]): boolean {
  const first = points[0]?.start.slice(0, 10);
  return points.some((point) => point.start.slice(0, 10) !== first);
}

export function directionRows(
  points: readonly SeriesPoint[],
  bucket: SeriesBucket,
): DirectionRow[] {
  const multiDay = isMultiDay(points);
  return points.map((point) => ({
    label: bucketLabel(point.start, bucket, multiDay),
    start: point.start,
    incoming: point.incoming?.total ?? null,
    outgoing: point.outgoing?.total ?? null,
    internal: point.internal?.total ?? null,
  }));
}

/**
 * Answered and not answered per bucket over every direction the source reports. A bucket where a
 * reported direction lacks a figure is unknown (null), not a partial sum.
 */
export function outcomeRows(points: readonly SeriesPoint[], bucket: SeriesBucket): OutcomeRow[] {
  const multiDay = isMultiDay(points);
  const present = seriesDirections(points);
  return points.map((point) => {
    const counts = present.map((direction) => point[direction]);
    return {
      label: bucketLabel(point.start, bucket, multiDay),
      start: point.start,
      answered: sum(counts, (c) =>
        c.total === null || c.notAnswered === null ? null : c.total - c.notAnswered,
      ),
      notAnswered: sum(counts, (c) => c.notAnswered),
    };
  });
}

function sum(
  counts: readonly (BucketCounts | null)[],
  pick: (counts: BucketCounts) => number | null,
): number | null {
  let total = 0;
  for (const entry of counts) {
    const value = entry ? pick(entry) : null;
    if (value === null) return null;
    total += value;
  }
  return counts.length === 0 ? null : total;
}

/** True when every known figure of the series is zero: the "no calls in this period" state. */
export function seriesIsEmpty(points: readonly SeriesPoint[]): boolean {
  return points.every((point) =>
    directions.every((direction) => (point[direction]?.total ?? 0) === 0),
  );
}

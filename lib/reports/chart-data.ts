import type { SeriesPoint } from '@/lib/model/stats';

const directions = ['incoming', 'outgoing', 'internal'] as const;

/** True when every known figure of the series is zero: the "no calls in this period" state. */
export function seriesIsEmpty(points: readonly SeriesPoint[]): boolean {
  return points.every((point) =>
    directions.every((direction) => (point[direction]?.total ?? 0) === 0),
  );
}

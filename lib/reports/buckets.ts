import type { SeriesBucket } from '@/lib/model/source';
import { seriesBuckets } from '@/lib/model/source';
import { checkBucketLimit, parseRange } from '@/lib/time/range';
import type { DateRange } from './presets';

export type BucketState =
  | { bucket: SeriesBucket; available: true }
  | {
      bucket: SeriesBucket;
      available: false;
      reason: 'unsupported' | 'too-long' | 'business-day';
    };

/**
 * Every bucket with whether it can be chosen: the source must offer it (`capabilities.series`)
 * and the range must fit the API's limit (hour ≤ 31 days, day ≤ 366 days, month ≤ 60 months). A
 * business day that does not start at midnight (`dayStart`) is shown by hour: its calendar days
 * and month would be cut at its start.
 */
export function bucketStates(
  supported: readonly SeriesBucket[],
  range: DateRange,
  zone: string,
  dayStart: string | null = null,
): BucketState[] {
  const parsed = parseRange(range.from, range.to, zone);
  return seriesBuckets.map((bucket): BucketState => {
    if (!supported.includes(bucket)) return { bucket, available: false, reason: 'unsupported' };
    if (!parsed.ok || checkBucketLimit(parsed.range, bucket)) {
      return { bucket, available: false, reason: 'too-long' };
    }
    if (dayStart !== null && bucket !== 'hour') {
      return { bucket, available: false, reason: 'business-day' };
    }
    return { bucket, available: true };
  });
}

/**
 * The bucket to show when the user has not chosen one (or chose one that is not available):
 * hours for up to two days, days up to three months, months beyond, else whatever is available.
 */
export function defaultBucket(states: BucketState[], range: DateRange): SeriesBucket | null {
  const available = states.filter((state) => state.available).map((state) => state.bucket);
  const days = daysIn(range);
  const preferred: SeriesBucket[] =
    days <= 2
      ? ['hour', 'day', 'month']
      : days <= 92
        ? ['day', 'hour', 'month']
        : ['month', 'day', 'hour'];
  return preferred.find((bucket) => available.includes(bucket)) ?? null;
}

function daysIn(range: DateRange): number {
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  return Math.round((to - from) / 86_400_000) + 1;
}

import type { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import { bucketWithin } from '@/lib/providers/shared/series';
import { bucketStarts, type TimeRange } from '@/lib/time/range';
import type { TelecomxGrouping } from './api-types';

/**
 * One `cdrstats` request of a derived series: the interval keys it can answer (D6: hour of day,
 * day of month, month number, read in the source's zone) and the bucket start each key stands for.
 */
export interface StatsWindow {
  from: DateTime;
  to: DateTime;
  grouping: TelecomxGrouping;
  /** Interval key (`"0"`–`"23"`, `"1"`–`"31"`, `"1"`–`"12"`) → bucket start in epoch ms. */
  keys: ReadonlyMap<string, number>;
}

const grouping: Record<SeriesBucket, TelecomxGrouping> = {
  hour: 'HOUR',
  day: 'DAY',
  month: 'MONTH',
};

/** Keys repeat across these periods (D6 merges them), so one request may not span two of them. */
const windowUnit = { hour: 'day', day: 'month', month: 'year' } as const;

/** The interval key Telecom X gives a bucket, read in the bucket's (the source's) zone. */
export function intervalKey(bucket: SeriesBucket, start: DateTime): string {
  const value = bucket === 'hour' ? start.hour : bucket === 'day' ? start.day : start.month;
  return String(value);
}

/**
 * Cuts the range into requests whose keys are unambiguous: hour buckets per local day, day
 * buckets per local month, month buckets per calendar year. A day that repeats an hour (DST
 * fall-back) is cut again before the repeated hour, so no two buckets of a request share a key.
 */
export function planWindows(range: TimeRange, bucket: SeriesBucket): StatsWindow[] {
  const windows: StatsWindow[] = [];
  let current: { from: DateTime; to: DateTime; unit: number; keys: Map<string, number> } | null =
    null;
  for (const start of bucketStarts(range, bucket)) {
    const part = bucketWithin(range, bucket, start);
    const key = intervalKey(bucket, start);
    const unit = start.startOf(windowUnit[bucket]).toMillis();
    if (!current || current.unit !== unit || current.keys.has(key)) {
      if (current) windows.push(toWindow(current, bucket));
      current = { from: part.from, to: part.to, unit, keys: new Map() };
    }
    current.keys.set(key, start.toMillis());
    current.to = part.to;
  }
  if (current) windows.push(toWindow(current, bucket));
  return windows;
}

function toWindow(
  current: { from: DateTime; to: DateTime; keys: Map<string, number> },
  bucket: SeriesBucket,
): StatsWindow {
  return { from: current.from, to: current.to, grouping: grouping[bucket], keys: current.keys };
}

/**
 * The grouping for a totals request (summary, agents): the finest one whose single window is the
 * whole range, so that "today" shares its one upstream answer with today's hourly series.
 */
export function totalsGrouping(range: TimeRange): TelecomxGrouping {
  for (const bucket of ['hour', 'day'] as const) {
    const unitEnd = range.from.startOf(windowUnit[bucket]).plus({ [`${windowUnit[bucket]}s`]: 1 });
    if (range.to <= unitEnd && planWindows(range, bucket).length === 1) return grouping[bucket];
  }
  return 'MONTH';
}

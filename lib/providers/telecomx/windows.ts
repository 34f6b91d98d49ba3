import type { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import { bucketWithin } from '@/lib/providers/shared/series';
import { bucketStarts, type TimeRange } from '@/lib/time/range';
import type { TelecomxGrouping } from './api-types';

/**
 * One `cdrstats` request of a derived series: the interval keys it can answer (D6: hour of day,
 * day of month, month number, in UTC) and the bucket start each key stands for.
 */
export interface StatsWindow {
  from: DateTime;
  to: DateTime;
  grouping: TelecomxGrouping;
  /** Interval key (`"0"`–`"23"`, `"1"`–`"31"`, `"1"`–`"12"`) → bucket start in epoch ms. */
  keys: ReadonlyMap<string, number>;
}

/** The groupings a series uses (WEEK never: buckets are hours, days and months). */
type SeriesGrouping = Exclude<TelecomxGrouping, 'WEEK'>;

const grouping: Record<SeriesBucket, SeriesGrouping> = {
  hour: 'HOUR',
  day: 'DAY',
  month: 'MONTH',
};

/** The UTC period each grouping's keys name. */
const keyUnit: Record<SeriesGrouping, SeriesBucket> = { HOUR: 'hour', DAY: 'day', MONTH: 'month' };

/**
 * The interval key Telecom X gives an instant (D6): hour of day, day of month or month number,
 * **in UTC** whatever the source's zone.
 */
export function intervalKey(grouping: SeriesGrouping, instant: DateTime): string {
  const utc = instant.toUTC();
  return String(grouping === 'HOUR' ? utc.hour : grouping === 'DAY' ? utc.day : utc.month);
}

/** Keys of every UTC period of the grouping that overlaps [from, to). */
function keysWithin(from: DateTime, to: DateTime, grouping: SeriesGrouping): string[] {
  const unit = keyUnit[grouping];
  const keys: string[] = [];
  for (let t = from.toUTC().startOf(unit); t < to; t = t.plus({ [`${unit}s`]: 1 })) {
    keys.push(intervalKey(grouping, t));
  }
  return keys;
}

/** True when a UTC period of the grouping starts at this instant. */
function startsUtcPeriod(instant: DateTime, grouping: SeriesGrouping): boolean {
  const unit = keyUnit[grouping];
  return +instant.toUTC().startOf(unit) === +instant;
}

/**
 * Cuts the range into requests whose answers can be read without guessing (D6: keys are UTC
 * periods, and equal keys of different periods are merged). A request may span several buckets
 * only while (a) every bucket boundary inside it is also a UTC period boundary, so no key holds
 * calls of two buckets, and (b) no key of a later bucket already names an earlier one, so no
 * merge mixes two buckets. Hour buckets of a whole-hour zone: one request per 24 UTC hours (the
 * 25-hour day is cut once more, where its UTC hour repeats); day and month buckets of a zone
 * whose midnight is not UTC midnight: one request per bucket; in UTC: one per month and per year.
 */
export function planWindows(range: TimeRange, bucket: SeriesBucket): StatsWindow[] {
  const windows: StatsWindow[] = [];
  const group = grouping[bucket];
  let current: { from: DateTime; to: DateTime; keys: Map<string, number> } | null = null;
  for (const start of bucketStarts(range, bucket)) {
    const part = bucketWithin(range, bucket, start);
    const keys = keysWithin(part.from, part.to, group);
    const joins =
      current !== null &&
      startsUtcPeriod(part.from, group) &&
      keys.every((key) => !current?.keys.has(key));
    if (!current || !joins) {
      if (current) windows.push({ ...current, grouping: group });
      current = { from: part.from, to: part.to, keys: new Map() };
    }
    // Within one bucket a key may repeat (a 25-hour day by UTC hour): both name that bucket.
    for (const key of keys) current.keys.set(key, start.toMillis());
    current.to = part.to;
  }
  if (current) windows.push({ ...current, grouping: group });
  return windows;
}

/**
 * The grouping for a totals request (summary, agents): the finest one whose single window is the
 * whole range, so that "today" shares its one upstream answer with today's hourly series. Totals
 * add up every interval, so any grouping gives the same figures.
 */
export function totalsGrouping(range: TimeRange): TelecomxGrouping {
  // One HOUR request holds at most 24 keys, one DAY request 31: longer ranges need not be planned.
  const longest = { hour: 26 * 3_600_000, day: 32 * 86_400_000 };
  for (const bucket of ['hour', 'day'] as const) {
    if (+range.to - +range.from > longest[bucket]) continue;
    if (planWindows(range, bucket).length === 1) return grouping[bucket];
  }
  return 'MONTH';
}

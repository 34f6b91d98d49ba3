import { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';

/** A half-open period [from, to) in a source's time zone. */
export interface TimeRange {
  from: DateTime;
  to: DateTime;
  zone: string;
}

export type RangeResult =
  { ok: true; range: TimeRange } | { ok: false; param: string; message: string };

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
/** The shape of `from` and `to`: a local date, or a local date and time. */
export const localTimePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;
const expected = 'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]';
export const expectedLocalTime = expected;

/**
 * Reads `from` and `to` in the source's time zone (docs/api.md): a date-only `to` includes that whole
 * day, a date-time `to` is exclusive. Both absent means today, midnight to midnight.
 */
export function parseRange(
  fromRaw: string | undefined,
  toRaw: string | undefined,
  zone: string,
  now: DateTime = DateTime.now(),
): RangeResult {
  if (fromRaw === undefined && toRaw === undefined) {
    const today = now.setZone(zone).startOf('day');
    return { ok: true, range: { from: today, to: today.plus({ days: 1 }), zone } };
  }
  if (fromRaw === undefined)
    return { ok: false, param: 'from', message: `from is required with to (${expected})` };
  if (toRaw === undefined)
    return { ok: false, param: 'to', message: `to is required with from (${expected})` };
  const from = parseLocal(fromRaw, zone);
  if (!from)
    return {
      ok: false,
      param: 'from',
      message: `from "${fromRaw}" is not a valid time: ${expected}`,
    };
  const toStart = parseLocal(toRaw, zone);
  if (!toStart)
    return { ok: false, param: 'to', message: `to "${toRaw}" is not a valid time: ${expected}` };
  const to = dateOnly.test(toRaw) ? toStart.plus({ days: 1 }) : toStart;
  if (to <= from) return { ok: false, param: 'to', message: 'to must be after from' };
  return { ok: true, range: { from, to, zone } };
}

function parseLocal(text: string, zone: string): DateTime | undefined {
  if (!dateOnly.test(text) && !dateTime.test(text)) return undefined;
  const value = DateTime.fromISO(text, { zone, setZone: true });
  if (!value.isValid) return undefined;
  // Luxon rolls 2026-02-30 over into March; refuse instead of guessing what was meant.
  const echoed = value.toFormat(
    text.length === 10
      ? 'yyyy-MM-dd'
      : text.length === 16
        ? "yyyy-MM-dd'T'HH:mm"
        : "yyyy-MM-dd'T'HH:mm:ss",
  );
  return echoed === text ? value : undefined;
}

/** Limits (docs/api.md): hour buckets over ≤ 31 days, day over ≤ 366 days, month over ≤ 60 months. */
export function checkBucketLimit(range: TimeRange, bucket: SeriesBucket): string | undefined {
  if (bucket === 'hour' && range.to.diff(range.from, 'days').days > 31) {
    return 'hour buckets cover at most 31 days';
  }
  if (bucket === 'day' && range.to.diff(range.from, 'days').days > 366) {
    return 'day buckets cover at most 366 days';
  }
  if (bucket === 'month' && bucketStarts(range, 'month').length > 60) {
    return 'month buckets cover at most 60 months';
  }
  return undefined;
}

/** Starts of every bucket that overlaps the range, in order, in the range's zone. */
export function bucketStarts(range: TimeRange, bucket: SeriesBucket): DateTime[] {
  const starts: DateTime[] = [];
  for (
    let start = range.from.startOf(bucket);
    start < range.to;
    start = start.plus({ [`${bucket}s`]: 1 })
  ) {
    starts.push(start);
  }
  return starts;
}

/** ISO 8601 with the zone's offset and no milliseconds, as every API response shows times. */
export function isoWithOffset(value: DateTime): string {
  // `ZZ` writes UTC as +00:00 (not Z), like every other time in our answers.
  return value.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

import { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import { businessDayAt, midnight } from './business-day';
import { firstInstantOfWallTime, instantsOfWallTime } from './zoned';

/** A half-open period [from, to) in a source's time zone. */
export interface TimeRange {
  from: DateTime;
  to: DateTime;
  zone: string;
}

export type RangeResult =
  { ok: true; range: TimeRange } | { ok: false; param: string; message: string };

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
const expected = 'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss][±HH:MM]';
/** The shape of `from` and `to`: a local date, or a local date and time (optionally with its offset). */
export const localTimePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;
export const expectedLocalTime = expected;

/**
 * Reads `from` and `to` in the source's time zone (docs/api.md): a date-only `to` includes that whole
 * day, a date-time `to` is exclusive. Both absent means today: the business day holding `now`, from
 * `dayStart` (default midnight) to the same time the next day.
 */
export function parseRange(
  fromRaw: string | undefined,
  toRaw: string | undefined,
  zone: string,
  now: DateTime = DateTime.now(),
  dayStart: string = midnight,
): RangeResult {
  if (fromRaw === undefined && toRaw === undefined) {
    // However long the day: 23 or 25 hours on a change day.
    return { ok: true, range: businessDayAt(now.toMillis(), zone, dayStart) };
  }
  if (fromRaw === undefined)
    return { ok: false, param: 'from', message: `from is required with to (${expected})` };
  if (toRaw === undefined)
    return { ok: false, param: 'to', message: `to is required with from (${expected})` };
  const from = parseLocal('from', fromRaw, zone);
  if (!from.ok) return from;
  const toStart = parseLocal('to', toRaw, zone);
  if (!toStart.ok) return toStart;
  const to = dateOnly.test(toRaw) ? nextDay(toStart.value, zone) : toStart.value;
  if (to <= from.value) return { ok: false, param: 'to', message: 'to must be after from' };
  // One request must not spend a source's whole budget: no report needs more than five years.
  if (to.diff(from.value, 'days').days > maxRangeDays) {
    return {
      ok: false,
      param: 'to',
      message: `a range covers at most 5 years (${maxRangeDays} days)`,
    };
  }
  return { ok: true, range: { from: from.value, to, zone } };
}

type Parsed = { ok: true; value: DateTime } | { ok: false; param: string; message: string };

/**
 * A local date or date-time in the zone. Summer time (README, HTTP API):
 * - a date is its first instant (local midnight, or the end of a gap that swallows midnight);
 * - a date-time in the repeated hour of an autumn change is its first occurrence (the summer
 *   offset) unless an offset names the other (`2026-10-25T02:30+01:00`);
 * - a date-time the clocks skip (spring) does not exist: 400 naming the parameter.
 */
function parseLocal(param: string, text: string, zone: string): Parsed {
  const invalid = (why: string): Parsed => ({
    ok: false,
    param,
    message: `${param} "${text}" ${why}`,
  });
  const date = dateOnly.exec(text);
  const time = date ? null : dateTime.exec(text);
  const [year, month, day] = (date ? text.split('-') : (time?.slice(1, 4) ?? [])).map(Number);
  const [hour, minute, second] = (time?.slice(4, 7) ?? []).map((part) => Number(part ?? 0));
  const offset = time?.[7];
  const wall = {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
  };
  if (wall.year < minYear || wall.year > maxYear) {
    return invalid(`is out of range: years ${minYear} to ${maxYear} are accepted`);
  }
  // Calendar check in UTC, where every wall time exists: 2026-02-30 rolls over, 24:00 too.
  const calendar = DateTime.fromObject(wall, { zone: 'UTC' });
  if (
    (!date && !time) ||
    !calendar.isValid ||
    calendar.day !== wall.day ||
    calendar.hour !== wall.hour
  ) {
    return invalid(`is not a valid time: ${expected}`);
  }
  if (date) {
    return { ok: true, value: DateTime.fromMillis(firstInstantOfWallTime(wall, zone), { zone }) };
  }
  const instants = instantsOfWallTime(wall, zone);
  if (offset !== undefined) {
    const wanted = offset === 'Z' ? 0 : offsetOf(offset);
    const instant = instants.find((ms) => DateTime.fromMillis(ms, { zone }).offset === wanted);
    if (instant === undefined) {
      return invalid(`is not a time of ${zone}: its clocks never read it with offset ${offset}`);
    }
    return { ok: true, value: DateTime.fromMillis(instant, { zone }) };
  }
  const [first] = instants;
  if (first === undefined) {
    const after = DateTime.fromMillis(firstInstantOfWallTime(wall, zone), { zone });
    return invalid(
      `does not exist in ${zone}: the clocks skip it (summer time); the hour resumes at ${after.toFormat("yyyy-MM-dd'T'HH:mm")}`,
    );
  }
  return { ok: true, value: DateTime.fromMillis(first, { zone }) };
}

function offsetOf(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  const [hours, minutes] = text.slice(1).split(':').map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0));
}

/** The first instant of the calendar day after the one holding `value`. */
function nextDay(value: DateTime, zone: string): DateTime {
  const next = value.setZone(zone).plus({ days: 1 });
  const wall = { year: next.year, month: next.month, day: next.day, hour: 0, minute: 0 };
  return DateTime.fromMillis(firstInstantOfWallTime(wall, zone), { zone });
}

/** Limits (docs/api.md): hour buckets over ≤ 31 days, day over ≤ 366 days, month over ≤ 60 months. */
/** Years a `from` or `to` may name: no PBX keeps older records, and none reports the future. */
const minYear = 1990;
const maxYear = 2100;
/** Five years and a leap day: 60 months always fit. */
const maxRangeDays = 5 * 365 + 2;

export function checkBucketLimit(range: TimeRange, bucket: SeriesBucket): string | undefined {
  if (bucket === 'hour' && range.to.diff(range.from, 'days').days > 31) {
    return 'hour buckets cover at most 31 days';
  }
  if (bucket === 'day' && range.to.diff(range.from, 'days').days > 366) {
    return 'day buckets cover at most 366 days';
  }
  // Counted arithmetically: listing the buckets first would take seconds for a huge range.
  if (bucket === 'month' && range.to.diff(range.from.startOf('month'), 'months').months > 60) {
    return 'month buckets cover at most 60 months';
  }
  return undefined;
}

/**
 * Starts of every bucket that overlaps the range, in order, in the range's zone. Listing them
 * costs a zone lookup per bucket, and one request lists the same range several times (mapping,
 * zero-filling, finding a repeated hour): the last few lists are kept, keyed by value.
 */
export function bucketStarts(range: TimeRange, bucket: SeriesBucket): readonly DateTime[] {
  const key = `${bucket}|${range.from.zoneName}|${+range.from}|${+range.to}`;
  let starts = recentStarts.get(key);
  if (!starts) {
    starts = Object.freeze(listBucketStarts(range, bucket));
    recentStarts.set(key, starts);
    // A Map iterates in insertion order: the first key is the oldest list.
    if (recentStarts.size > 32) recentStarts.delete(recentStarts.keys().next().value ?? key);
  }
  return starts;
}

const recentStarts = new Map<string, readonly DateTime[]>();

function listBucketStarts(range: TimeRange, bucket: SeriesBucket): DateTime[] {
  const starts: DateTime[] = [];
  for (
    let start = range.from.startOf(bucket);
    start < range.to;
    start = nextBucketStart(start, bucket)
  ) {
    starts.push(start);
  }
  return starts;
}

const quarterHourMs = 15 * 60_000;

/**
 * Where the bucket that starts at `start` ends. Days and months end at the next local midnight.
 * An hour ends at the next local full hour or at an offset change, whichever comes first: a
 * 30-minute change (Lord Howe) makes one half-hour bucket, after which hours are whole again
 * instead of drifting to :30. Offsets change on UTC quarter hours, so quarter hours are tried.
 */
export function nextBucketStart(start: DateTime, bucket: SeriesBucket): DateTime {
  if (bucket !== 'hour') return start.plus({ [`${bucket}s`]: 1 });
  // The usual case, with one zone lookup instead of four: a start on a full hour with the same
  // offset an hour later. Zones change at most once a day, so no change lies in between.
  if (start.minute === 0 && start.second === 0 && start.millisecond === 0) {
    const hourLater = DateTime.fromMillis(+start + 4 * quarterHourMs, { zone: start.zone });
    if (hourLater.offset === start.offset) return hourLater;
  }
  for (let step = 1; step <= 4; step += 1) {
    const candidate = DateTime.fromMillis(+start + step * quarterHourMs, { zone: start.zone });
    const changed = candidate.offset !== start.offset;
    if (changed || (candidate.minute === 0 && candidate.second === 0)) return candidate;
  }
  return start.plus({ hours: 1 });
}

/** ISO 8601 with the zone's offset and no milliseconds, as every API response shows times. */
export function isoWithOffset(value: DateTime): string {
  // What toFormat("yyyy-MM-dd'T'HH:mm:ssZZ") writes (UTC as +00:00, not Z), put together from the
  // fields: a month of hourly points writes 744 of these, and toFormat re-reads its pattern each
  // time (a tenth of such an answer's time). lib/time/range.test.ts holds the two equal.
  const offset = value.offset;
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.trunc(Math.abs(offset) / 60);
  const minutes = Math.trunc(Math.abs(offset) % 60);
  return (
    `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}` +
    `T${pad(value.hour)}:${pad(value.minute)}:${pad(value.second)}` +
    `${sign}${pad(hours)}:${pad(minutes)}`
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

import { DateTime } from 'luxon';
import type { TimeRange } from './range';
import { firstInstantOfWallTime } from './zoned';

/** A business-day start as configured: `HH:MM`, 24-hour clock (`"00:00"` = midnight). */
export const businessDayStartPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const midnight = '00:00';

function clockOf(dayStart: string): { hour: number; minute: number } {
  const match = businessDayStartPattern.exec(dayStart);
  if (!match) throw new Error(`business-day start "${dayStart}" is not HH:MM`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * Where the business day named by the local date `date` (`YYYY-MM-DD`) begins: its start time on
 * that date. On a summer-time change day a start the clocks skip (02:30 in spring) is where the
 * gap carries it (03:30), and a repeated one (02:30 in autumn) is its first occurrence.
 */
function startOf(date: DateTime, dayStart: string, zone: string): DateTime {
  const wall = { year: date.year, month: date.month, day: date.day, ...clockOf(dayStart) };
  return DateTime.fromMillis(firstInstantOfWallTime(wall, zone), { zone });
}

/**
 * The business day named by `date`: from its start to the next date's start, however many hours
 * lie between (23 or 25 around a change, and 24 ± 1 when the start moves across a gap).
 */
export function businessDayOf(date: string, zone: string, dayStart = midnight): TimeRange {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  if (!day.isValid) throw new Error(`"${date}" is not a date`);
  return {
    zone,
    from: startOf(day, dayStart, zone),
    to: startOf(day.plus({ days: 1 }), dayStart, zone),
  };
}

/**
 * The date (`YYYY-MM-DD`) whose business day holds `nowMs`: the local date, or the day before
 * while the clock is still before today's start (at 05:00 with a 06:00 start it is yesterday's).
 */
export function businessDateAt(nowMs: number, zone: string, dayStart = midnight): string {
  const local = DateTime.fromMillis(nowMs, { zone });
  const date = DateTime.fromObject(
    { year: local.year, month: local.month, day: local.day },
    { zone: 'UTC' },
  );
  const named = nowMs < +startOf(date, dayStart, zone) ? date.minus({ days: 1 }) : date;
  return named.toFormat('yyyy-MM-dd');
}

/** The business day that holds `nowMs` ("today" of a source), from its start to the next one. */
export function businessDayAt(nowMs: number, zone: string, dayStart = midnight): TimeRange {
  return businessDayOf(businessDateAt(nowMs, zone, dayStart), zone, dayStart);
}

/** The date `days` after (or before) `date`, both `YYYY-MM-DD`: calendar arithmetic only. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toFormat('yyyy-MM-dd');
}

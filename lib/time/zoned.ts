import { DateTime, IANAZone } from 'luxon';
import { isoWithOffset } from './range';

/** Formats an instant as ISO 8601 with the offset that `timeZone` has at that instant. */
export function formatInZone(instant: Date, timeZone: string): string {
  return isoWithOffset(DateTime.fromJSDate(instant, { zone: timeZone }));
}

/** True when `timeZone` is an IANA name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

/** A wall-clock time: what a clock on the wall of a place reads, without an offset. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** The zone's offset from UTC at an instant, in minutes. */
function offsetMinutes(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/**
 * Every instant at which the zone's clocks read `wall`, earliest first: one on an ordinary day,
 * two in the repeated hour of an autumn change (02:30+02:00 and 02:30+01:00 in Copenhagen), none
 * in the skipped hour of a spring change. Offsets are taken a day before and after, so any
 * change (whole hours, half hours as Lord Howe's) is found; zones change at most once a day.
 */
export function instantsOfWallTime(wall: WallTime, zone: string): number[] {
  const naive = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second ?? 0,
  );
  const offsets = new Set([
    offsetMinutes(naive - 86_400_000, zone),
    offsetMinutes(naive + 86_400_000, zone),
  ]);
  const instants = [...offsets]
    .map((offset) => naive - offset * 60_000)
    .filter((ms) => offsetMinutes(ms, zone) * 60_000 === naive - ms);
  return instants.sort((a, b) => a - b);
}

/**
 * The first instant the zone's clocks read `wall`, or, when they skip it (spring), the instant
 * the gap carries it to (02:30 on a 02:00→03:00 day is 03:30): the rule of every naive upstream
 * time Callboard reads where no better evidence names the instant.
 */
export function firstInstantOfWallTime(wall: WallTime, zone: string): number {
  const [first] = instantsOfWallTime(wall, zone);
  if (first !== undefined) return first;
  const naive = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second ?? 0,
  );
  return naive - offsetMinutes(naive - 86_400_000, zone) * 60_000;
}

/**
 * The first instant of the local calendar day that holds `ms` ("today" starts here): local
 * midnight, or the end of a gap that swallows midnight (Chile's spring change at 24:00). A change
 * day is 23 or 25 hours long; nothing here assumes 24.
 */
export function startOfLocalDay(ms: number, zone: string): DateTime {
  const local = DateTime.fromMillis(ms, { zone });
  const wall = { year: local.year, month: local.month, day: local.day, hour: 0, minute: 0 };
  return DateTime.fromMillis(firstInstantOfWallTime(wall, zone), { zone });
}

/** IANA time-zone arithmetic with Intl only: local days, local seconds of day, epoch ms. */

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for an unknown zone name. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

export function localParts(ms: number, timeZone: string): LocalParts {
  const values: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Offset of the zone from UTC at an instant, in ms (Tashkent: +5 h). */
export function offsetMs(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * Local wall time in one zone, as a Date (whole seconds) whose UTC fields read as the local time.
 * The offset is cached per UTC quarter hour: it changes at most a few times a year, so this saves
 * an Intl call per instant.
 */
export function createWallClock(timeZone: string): (ms: number) => Date {
  const offsets = new Map<number, number>();
  return (ms) => {
    // Per UTC quarter hour: offsets change on quarter hours (Lord Howe at 15:30 UTC), not hours.
    const slot = Math.floor(ms / 900_000);
    let offset = offsets.get(slot);
    if (offset === undefined) {
      offset = offsetMs(ms, timeZone);
      offsets.set(slot, offset);
    }
    return new Date(Math.floor(ms / 1000) * 1000 + offset);
  };
}

/**
 * Epoch ms of a local wall-clock time. A time the zone skips (spring forward) resolves forward by
 * the size of the gap (02:30 on a 02:00→03:00 day is 03:30); a time it repeats (autumn) resolves
 * to its first occurrence (02:30 is 02:30 at the summer offset). Assumes at most one offset change
 * within a day of the time, as every zone has.
 */
export function localToEpoch(
  year: number,
  month: number,
  day: number,
  secondOfDay: number,
  timeZone: string,
): number {
  const naive = Date.UTC(year, month - 1, day) + secondOfDay * 1000;
  const before = offsetMs(naive - 86_400_000, timeZone);
  const after = offsetMs(naive + 86_400_000, timeZone);
  const valid = [naive - before, naive - after].filter(
    (candidate) => offsetMs(candidate, timeZone) === naive - candidate,
  );
  // No candidate: the time lies in a gap; the offset before it carries it past the gap.
  return valid.length > 0 ? Math.min(...valid) : naive - before;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayKeyParts {
  year: number;
  month: number;
  day: number;
}

/** Parses and validates "yyyy-mm-dd" (real calendar dates only). */
export function parseDayKey(key: string): DayKeyParts | null {
  const m = DAY_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return null;
  if (check.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function formatDayKey(p: DayKeyParts): string {
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local calendar day ("yyyy-mm-dd") that contains the instant. */
export function dayKeyOf(ms: number, timeZone: string): string {
  return formatDayKey(localParts(ms, timeZone));
}

/** Calendar arithmetic on day keys (zone independent). */
export function addDays(key: string, days: number): string {
  const p = requireDayKey(key);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return formatDayKey({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

/** Days since 1970-01-01 for a day key; used as a stable per-day seed. */
export function dayOrdinal(key: string): number {
  const p = requireDayKey(key);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(key: string): number {
  const p = requireDayKey(key);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** Epoch ms of local midnight starting the day. */
export function dayStartMs(key: string, timeZone: string): number {
  const p = requireDayKey(key);
  return localToEpoch(p.year, p.month, p.day, 0, timeZone);
}

/** Epoch ms of a local time of day on a day (seconds may exceed 86400 to run into later days). */
export function localTimeMs(key: string, secondOfDay: number, timeZone: string): number {
  const p = requireDayKey(key);
  return localToEpoch(p.year, p.month, p.day, secondOfDay, timeZone);
}

function requireDayKey(key: string): DayKeyParts {
  const p = parseDayKey(key);
  if (!p) throw new RangeError(`invalid day key: ${key}`);
  return p;
}

import { localToEpoch, parseDayKey } from '../../engine/zoned-time';

export type Grouping = 'MONTH' | 'WEEK' | 'DAY' | 'HOUR';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * ISO-8601 date or date-time → epoch ms; null when malformed. With `Z`/offset it is that instant;
 * naive date-times and bare dates are PBX-local wall time in `timeZone`.
 */
export function parseIsoDate(raw: string, timeZone: string): number | null {
  const m = ISO.exec(raw.trim());
  if (!m) return null;
  const day = parseDayKey(`${m[1]}-${m[2]}-${m[3]}`);
  const [hour, minute, second] = [m[4], m[5], m[6]].map((s) => Number(s ?? 0));
  if (!day || hour === undefined || minute === undefined || second === undefined) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const secondOfDay = hour * 3600 + minute * 60 + second;
  const zone = m[8];
  if (zone === undefined) {
    return localToEpoch(day.year, day.month, day.day, secondOfDay, timeZone) + ms;
  }
  const utc = Date.UTC(day.year, day.month - 1, day.day) + secondOfDay * 1000 + ms;
  if (zone === 'Z') return utc;
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  const sign = z?.[1] === '-' ? -1 : 1;
  const offsetMin = Number(z?.[2] ?? 0) * 60 + Number(z?.[3] ?? 0);
  if (offsetMin > 18 * 60) return null;
  return utc - sign * offsetMin * 60_000;
}

/** ISO-8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(year: number, month: number, day: number): number {
  const date = Date.UTC(year, month - 1, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = new Date(date + (3 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000));
}

/**
 * Interval labels per D6, computed in UTC (a MongoDB `$hour`/`$dayOfMonth`/`$month` without a
 * timezone), whatever the PBX's zone: "1"-"12", "1"-"53", "1"-"31", "0"-"23".
 */
export function createIntervalKey(grouping: Grouping): (ms: number) => string {
  return (ms) => {
    const local = new Date(ms);
    switch (grouping) {
      case 'MONTH':
        return String(local.getUTCMonth() + 1);
      case 'WEEK':
        return String(isoWeek(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()));
      case 'DAY':
        return String(local.getUTCDate());
      case 'HOUR':
        return String(local.getUTCHours());
    }
  };
}

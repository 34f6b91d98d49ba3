import type { SeriesPoint } from '@/lib/model/stats';
import { localParts } from './bucket-labels';

/** All calls of a bucket over the directions it reports; null when any part is unknown. */
export function totalCalls(point: SeriesPoint): number | null {
  const counts = [point.incoming, point.outgoing, point.internal].filter((c) => c !== null);
  if (counts.length === 0) return null;
  let total = 0;
  for (const { total: value } of counts) {
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** `YYYY-MM-DD` dates of the same weekday in the `weeks` weeks before `date`, newest first. */
export function previousSameWeekdays(date: string, weeks = 4): string[] {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Array.from({ length: weeks }, (_, index) =>
    new Date(Date.UTC(year, month - 1, day - 7 * (index + 1))).toISOString().slice(0, 10),
  );
}

function totalsByLocalTime(points: readonly SeriesPoint[]): Map<string, number | null> {
  const byTime = new Map<string, number | null>();
  for (const point of points) {
    const time = localParts(point.start)?.time;
    if (time === undefined) continue;
    const value = totalCalls(point);
    const before = byTime.get(time);
    // The hour repeated when summer time ends holds both of its occurrences' calls.
    byTime.set(
      time,
      before === undefined ? value : before === null || value === null ? null : before + value,
    );
  }
  return byTime;
}

/**
 * For each of today's hourly points, the average number of calls in the same local hour over the
 * previous weeks' same weekday. Weeks where that hour is unknown or absent (summer-time change)
 * are left out of that hour's average; with none left it is null, never 0.
 */
export function sameWeekdayAverage(
  today: readonly SeriesPoint[],
  previousWeeks: readonly (readonly SeriesPoint[])[],
): (number | null)[] {
  const weeks = previousWeeks.map(totalsByLocalTime);
  return today.map((point) => {
    const time = localParts(point.start)?.time;
    if (time === undefined) return null;
    const values = weeks
      .map((week) => week.get(time))
      .filter((value): value is number => typeof value === 'number');
    if (values.length === 0) return null;
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  });
}

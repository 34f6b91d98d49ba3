import { DateTime } from 'luxon';
import { businessDateAt, midnight } from '@/lib/time/business-day';

/** Period presets of the reports page; the ids are what the URL holds. */
export const presetIds = [
  'today',
  'yesterday',
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'last-7-days',
  'last-30-days',
] as const;
export type PresetId = (typeof presetIds)[number];

/** Whole local days in the source's zone, both ends included (as the API reads a date-only `to`). */
export interface DateRange {
  from: string;
  to: string;
}

const day = 'yyyy-MM-dd';

export function isPresetId(value: string): value is PresetId {
  return (presetIds as readonly string[]).includes(value);
}

/**
 * The days a preset covers at `now`, read in `zone`: "today" is the source's business day (its
 * calendar day, or the day before while the clock is before `dayStart`), not the browser's, and
 * weeks start on Monday (ISO). Current periods end today, not in the future.
 */
export function presetRange(
  preset: PresetId,
  zone: string,
  now: Date,
  dayStart: string = midnight,
): DateRange {
  const today = DateTime.fromISO(businessDateAt(+now, zone, dayStart), { zone });
  const span = (from: DateTime, to: DateTime): DateRange => ({
    from: from.toFormat(day),
    to: to.toFormat(day),
  });
  switch (preset) {
    case 'today':
      return span(today, today);
    case 'yesterday':
      return span(today.minus({ days: 1 }), today.minus({ days: 1 }));
    case 'this-week':
      return span(today.startOf('week'), today);
    case 'last-week': {
      const start = today.startOf('week').minus({ weeks: 1 });
      return span(start, start.endOf('week'));
    }
    case 'this-month':
      return span(today.startOf('month'), today);
    case 'last-month': {
      const start = today.startOf('month').minus({ months: 1 });
      return span(start, start.endOf('month'));
    }
    case 'last-7-days':
      return span(today.minus({ days: 6 }), today);
    case 'last-30-days':
      return span(today.minus({ days: 29 }), today);
  }
}

/** The presets that name one business day, which starts at the source's `businessDayStart`. */
export const businessDayPresets: readonly PresetId[] = ['today', 'yesterday'];

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is refused, not rolled over). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = DateTime.fromFormat(text, day, { zone: 'UTC' });
  return parsed.isValid && parsed.toFormat(day) === text;
}

/** Hours the range lasts in `zone`: 23 or 25 for a day of a summer-time change. */
export function rangeHours(range: DateRange, zone: string): number {
  const from = DateTime.fromISO(range.from, { zone });
  const to = DateTime.fromISO(range.to, { zone }).plus({ days: 1 });
  return to.diff(from, 'hours').hours;
}

import type { DateTime } from 'luxon';
import { bucketWithin } from '@/lib/providers/shared/series';
import { bucketStarts, type TimeRange } from '@/lib/time/range';
import type { AsternicReportParams } from './client';

/**
 * A queue call shows up in the reports only once it has ended, so a period counts as closed (and
 * is cached for good) only this long after its end: calls still talking at midnight get in first.
 */
export const reportSettleMs = 2 * 60 * 60 * 1000;

/** The range in the source's zone: report dates and seconds are the PBX's local wall clock. */
export function inZone(range: TimeRange, zone: string): TimeRange {
  return { zone, from: range.from.setZone(zone), to: range.to.setZone(zone) };
}

/** Every local day of the range, the first and last cut to the range. */
export function dayWindows(range: TimeRange): TimeRange[] {
  return bucketStarts(range, 'day').map((start) => bucketWithin(range, 'day', start));
}

/**
 * The windows fetched for a range: a whole calendar month that closed (settled) before `nowMs` is
 * one window; everything else is one window per local day, so only today's is ever refetched.
 */
export function planReportWindows(range: TimeRange, nowMs: number): TimeRange[] {
  return bucketStarts(range, 'month').flatMap((monthStart) => {
    const month = bucketWithin(range, 'month', monthStart);
    const monthEnd = monthStart.plus({ months: 1 });
    const whole = +month.from === +monthStart && +month.to === +monthEnd;
    return whole && +monthEnd + reportSettleMs <= nowMs ? [month] : dayWindows(month);
  });
}

function isDayStart(value: DateTime): boolean {
  return +value === +value.startOf('day');
}

function secondOfDay(value: DateTime): number {
  return value.hour * 3600 + value.minute * 60 + value.second;
}

/**
 * Report parameters for a half-open window: `start`/`end` are inclusive local dates; the seconds
 * of day are sent only where the window does not start or end at midnight, as wall-clock seconds
 * (the last included second for `secondsend`), giving the range start+secondsstart … end+secondsend.
 */
export function windowParams(
  window: TimeRange,
  filters: { queue?: string; agent?: string },
): AsternicReportParams {
  const last = window.to.minus({ seconds: 1 });
  const params: AsternicReportParams = {
    start: window.from.toFormat('yyyy-MM-dd'),
    end: last.toFormat('yyyy-MM-dd'),
  };
  if (!isDayStart(window.from)) params.secondsstart = secondOfDay(window.from);
  if (!isDayStart(window.to)) params.secondsend = secondOfDay(last);
  if (filters.queue !== undefined) params.queue = filters.queue;
  if (filters.agent !== undefined) params.agent = filters.agent;
  return params;
}

import { businessDayOf, midnight } from './business-day';
import { isoWithOffset } from './range';

/**
 * The API's `from`/`to` for the business days `fromDate`…`toDate` (both included): plain dates
 * when days start at midnight, else the first day's start and the last day's end as instants with
 * the zone's offset, so a start the clocks skip or repeat on a change day is still exact.
 */
export function businessDaysRequest(
  fromDate: string,
  toDate: string,
  zone: string,
  dayStart: string,
): { from: string; to: string } {
  if (dayStart === midnight) return { from: fromDate, to: toDate };
  return {
    from: isoWithOffset(businessDayOf(fromDate, zone, dayStart).from),
    to: isoWithOffset(businessDayOf(toDate, zone, dayStart).to),
  };
}

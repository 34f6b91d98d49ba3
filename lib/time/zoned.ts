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

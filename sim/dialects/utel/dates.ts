import { addDays, createWallClock, localTimeMs, pad2, parseDayKey } from '../../engine/zoned-time';
import { addError, type FieldErrors } from './laravel';

/** A naive local time as UTEL writes it: "Y-m-d" or "Y-m-d H:i:s" (D3: the PBX's zone). */
export interface LocalInstant {
  ms: number;
  dateOnly: boolean;
  dayKey: string;
}

const PATTERN = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

export function parseLocal(raw: string, timeZone: string): LocalInstant | null {
  const m = PATTERN.exec(raw);
  const dayKey = m?.[1];
  if (!m || dayKey === undefined || !parseDayKey(dayKey)) return null;
  if (m[2] === undefined) return { ms: localTimeMs(dayKey, 0, timeZone), dateOnly: true, dayKey };
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (h > 23 || min > 59 || s > 59) return null;
  return { ms: localTimeMs(dayKey, h * 3600 + min * 60 + s, timeZone), dateOnly: false, dayKey };
}

/** Exclusive end of a `to` value: the next local midnight for a date, the next second otherwise. */
export function endOf(to: LocalInstant, timeZone: string): number {
  return to.dateOnly ? localTimeMs(addDays(to.dayKey, 1), 0, timeZone) : to.ms + 1000;
}

export const MAX_RANGE_DAYS = 366;

export interface LocalRange {
  fromMs: number;
  toMs: number;
}

/**
 * Validates a from/to pair like a Laravel FormRequest would; `required` false lets either side be
 * absent (the caller fills defaults). Adds messages under the given field names.
 */
export function parseRange(
  raw: { from: string | null; to: string | null },
  fields: { from: string; to: string },
  timeZone: string,
  errors: FieldErrors,
  required: boolean,
): { from: number | null; to: number | null } {
  const one = (value: string | null, field: string): LocalInstant | null => {
    if (value === null) {
      if (required) addError(errors, field, `The ${label(field)} field is required.`);
      return null;
    }
    const parsed = parseLocal(value, timeZone);
    if (!parsed) addError(errors, field, `The ${label(field)} field must be a valid date.`);
    return parsed;
  };
  const from = one(raw.from, fields.from);
  const to = one(raw.to, fields.to);
  return { from: from?.ms ?? null, to: to ? endOf(to, timeZone) : null };
}

/** Checks order and span (≤ 366 days, +1 h for DST) of a range; errors go on the `to` field. */
export function checkRange(
  range: LocalRange,
  fields: { from: string; to: string },
  errors: FieldErrors,
): void {
  const [from, to] = [label(fields.from), label(fields.to)];
  if (range.toMs <= range.fromMs) {
    addError(errors, fields.to, `The ${to} field must be a date after or equal to ${from}.`);
  } else if (range.toMs - range.fromMs > MAX_RANGE_DAYS * 86_400_000 + 3_600_000) {
    const message = `The ${to} field must be a date at most ${MAX_RANGE_DAYS} days after ${from}.`;
    addError(errors, fields.to, message);
  }
}

/** Laravel's attribute name: underscores become spaces ("per_page" → "per page"). */
export function label(field: string): string {
  return field.replace(/_/g, ' ');
}

/** Formats instants as naive local "Y-m-d H:i:s". */
export function createLocalFormatter(timeZone: string): (ms: number) => string {
  const wallClock = createWallClock(timeZone);
  return (ms) => {
    const d = wallClock(ms);
    const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    return `${date} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  };
}

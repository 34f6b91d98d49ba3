import { dayKeyOf, dayStartMs, addDays } from '../../engine/zoned-time';
import { isObjectId } from './directory';
import { parseIsoDate, type Grouping } from './dates';
import { TelecomxError } from './errors';

export const IDENTITY_FIELDS = [
  'employeeId',
  'employeeName',
  'extensionId',
  'extensionNumber',
] as const;
export const STAT_FIELDS = [
  'outboundCalls',
  'outboundSeconds',
  'outboundAnswered',
  'outboundUnanswered',
  'outboundFailed',
  'inboundCalls',
  'inboundSeconds',
  'inboundAnswered',
  'inboundUnanswered',
  'inboundBusy',
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];
export type StatField = (typeof STAT_FIELDS)[number];
export type Field = IdentityField | StatField;
const ALL_FIELDS: readonly Field[] = [...IDENTITY_FIELDS, ...STAT_FIELDS];

export type Direction = 'IN' | 'OUT' | 'BOTH';
export type Format = 'JSON' | 'CSV' | 'EXCEL';

export interface CdrStatsQuery {
  customer: string | null;
  /** null = all employees. */
  employeeIds: Set<string> | null;
  /** Calls that started in [fromMs, toMs] (both inclusive). */
  fromMs: number;
  toMs: number;
  ignoreBelowSec: number;
  ignoreLocal: boolean;
  direction: Direction;
  grouping: Grouping;
  /** Requested fields in the documented (canonical) order. */
  identity: IdentityField[];
  stats: StatField[];
  sort: 'employeeName' | 'extensionNumber' | null;
  format: Format;
}

const MAX_RANGE_MS = 366 * 86_400_000;
const fail = (status: number, code: string, message: string): never => {
  throw new TelecomxError(status, code, message);
};

/** Validates a `/pbx/cdrstats` body (all options optional) the way the vendor documents it. */
export function parseCdrStats(body: unknown, nowMs: number, timeZone: string): CdrStatsQuery {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail(400, 'bad_request', 'Request body must be a JSON object');
  }
  const b = body as Record<string, unknown>;
  const today = dayKeyOf(nowMs, timeZone);
  const fromMs = dateOption(b.from, dayStartMs(today, timeZone), timeZone);
  const toMs = dateOption(b.to, dayStartMs(addDays(today, 1), timeZone) - 1, timeZone);
  if (toMs < fromMs || toMs - fromMs > MAX_RANGE_MS) fail(422, 'from', 'Invalid date range');
  const fields = fieldsOption(b.fields);
  const sort = enumOption(b.sort, ['employeeName', 'extensionNumber'] as const, null, 'sort');
  if (sort !== null && !fields.includes(sort)) {
    fail(422, 'sort', 'Sort field must be included in fields');
  }
  return {
    customer: idOption(b.customer, 'customer'),
    employeeIds: employeesOption(b.employee, b.employees),
    fromMs,
    toMs,
    ignoreBelowSec: ignoreBelowOption(b.ignoreBelow),
    ignoreLocal: boolOption(b.ignoreLocal, 'ignoreLocal'),
    direction: upperOption(b.direction, ['IN', 'OUT', 'BOTH'] as const, 'BOTH', 'direction'),
    grouping: upperOption(
      b.groupingInterval,
      ['MONTH', 'WEEK', 'DAY', 'HOUR'] as const,
      'DAY',
      'groupingInterval',
    ),
    identity: IDENTITY_FIELDS.filter((f) => fields.includes(f)),
    stats: STAT_FIELDS.filter((f) => fields.includes(f)),
    sort,
    format: upperOption(b.format, ['JSON', 'CSV', 'EXCEL'] as const, 'JSON', 'format'),
  };
}

const MESSAGES: Record<string, string> = {
  direction: 'Invalid direction - use IN, OUT or BOTH',
  groupingInterval: 'Invalid grouping interval - use MONTH, WEEK, DAY or HOUR',
  format: 'Invalid format',
  sort: 'Invalid sort field - use employeeName or extensionNumber',
};

function dateOption(raw: unknown, fallback: number, timeZone: string): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const ms =
    typeof raw === 'number' && Number.isFinite(raw)
      ? Math.trunc(raw)
      : typeof raw === 'string'
        ? parseIsoDate(raw, timeZone)
        : null;
  return ms ?? fail(422, 'from', 'Invalid date range');
}

function upperOption<T extends string>(
  raw: unknown,
  allowed: readonly T[],
  fallback: T,
  code: string,
): T {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  const hit = allowed.find((a) => a === value);
  return hit ?? fail(422, code, MESSAGES[code] ?? `Invalid ${code}`);
}

function enumOption<T extends string>(
  raw: unknown,
  allowed: readonly T[],
  fallback: T | null,
  code: string,
): T | null {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const hit = allowed.find((a) => a === raw);
  return hit ?? fail(422, code, MESSAGES[code] ?? `Invalid ${code}`);
}

function fieldsOption(raw: unknown): Field[] {
  if (raw === undefined || raw === null) return [...ALL_FIELDS];
  const names =
    typeof raw === 'string'
      ? raw.split(',')
      : Array.isArray(raw)
        ? raw
        : fail(422, 'fields', 'Invalid fields');
  const list = names.map((n) => (typeof n === 'string' ? n.trim() : '')).filter((n) => n !== '');
  if (names.some((n) => typeof n !== 'string')) fail(422, 'fields', 'Invalid fields');
  if (list.length === 0) return [...ALL_FIELDS];
  for (const name of list) {
    if (!ALL_FIELDS.some((f) => f === name)) fail(422, 'fields', `Invalid field: ${name}`);
  }
  return ALL_FIELDS.filter((f) => list.includes(f));
}

function idOption(raw: unknown, code: string): string | null {
  if (raw === undefined || raw === null || raw === '') return null;
  return isObjectId(raw) ? raw.toLowerCase() : fail(422, code, 'Invalid id');
}

function employeesOption(one: unknown, many: unknown): Set<string> | null {
  const single = idOption(one, 'employee');
  if (many !== undefined && many !== null && !Array.isArray(many)) {
    fail(422, 'employees', 'Invalid id list');
  }
  const list = Array.isArray(many) ? many.map((id: unknown) => idOption(id, 'employees')) : [];
  const ids = [single, ...list].filter((id): id is string => id !== null);
  // An empty list selects everybody, like leaving the option out.
  return ids.length === 0 ? null : new Set(ids);
}

function ignoreBelowOption(raw: unknown): number {
  if (raw === undefined || raw === null || raw === '') return 0;
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    return fail(422, 'ignoreBelow', 'Invalid number');
  }
  return n;
}

function boolOption(raw: unknown, code: string): boolean {
  if (raw === undefined || raw === null || raw === '') return false;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  return fail(422, code, 'Invalid boolean');
}

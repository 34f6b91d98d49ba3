import { addDays, localTimeMs, parseDayKey } from '../../engine/zoned-time';
import type { Paging } from './format';
import { todayKey } from './format';

export interface ReportQuery {
  /** Calls that entered in [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  /** null = all. */
  agents: Set<string> | null;
  queues: Set<string> | null;
  paging: Paging;
}

export class ParamError extends Error {}

const MAX_RANGE_DAYS = 366;

/** Parses start/end (yyyy-mm-dd, inclusive), secondsstart/secondsend, agent, queue, page, rows. */
export function parseReportQuery(
  params: URLSearchParams,
  nowMs: number,
  timeZone: string,
): ReportQuery {
  const today = todayKey(nowMs, timeZone);
  const start = dateParam(params, 'start', today);
  const end = dateParam(params, 'end', today);
  const secondsStart = intParam(params, ['secondsstart', 'secondstart'], 0) ?? 0;
  const secondsEnd = intParam(params, ['secondsend'], 0);
  const fromMs = localTimeMs(start, secondsStart, timeZone);
  const toMs =
    secondsEnd === null
      ? localTimeMs(addDays(end, 1), 0, timeZone)
      : localTimeMs(end, secondsEnd + 1, timeZone);
  if (toMs - fromMs > MAX_RANGE_DAYS * 86_400_000) {
    throw new ParamError(`Date range too large: at most ${MAX_RANGE_DAYS} days`);
  }
  return {
    fromMs,
    toMs,
    agents: listParam(params, 'agent'),
    queues: listParam(params, 'queue'),
    paging: parsePaging(params),
  };
}

/** `page` (1-based) and `rows` (page size), both optional integers >= 1. */
export function parsePaging(params: URLSearchParams): Paging {
  return { page: intParam(params, ['page'], 1), rows: intParam(params, ['rows'], 1) };
}

function dateParam(params: URLSearchParams, name: string, fallback: string): string {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!parseDayKey(raw)) throw new ParamError(`Invalid ${name} date '${raw}', expected yyyy-mm-dd`);
  return raw;
}

function intParam(params: URLSearchParams, names: string[], min: number): number | null {
  for (const name of names) {
    const raw = params.get(name);
    if (raw === null || raw === '') continue;
    if (!/^\d{1,9}$/.test(raw) || Number(raw) < min) {
      throw new ParamError(`Invalid ${name} '${raw}', expected an integer >= ${min}`);
    }
    return Number(raw);
  }
  return null;
}

/** Comma-separated names; "ALL" (or nothing) means no filter. */
export function listParam(params: URLSearchParams, name: string): Set<string> | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0 || items.some((s) => s.toUpperCase() === 'ALL')) return null;
  return new Set(items);
}

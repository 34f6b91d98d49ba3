import type { Engine } from '../../engine/engine';
import type { Direction } from '../../engine/types';
import type { SimResponse } from '../../http/router';
import { DIRECTIONS, utelCalls, type UtelCall } from './calls';
import { checkRange, createLocalFormatter, parseRange } from './dates';
import { addError, envelope, input, validationFailed, type FieldErrors } from './laravel';

export const STAT_ENDPOINTS = [
  'calls-count',
  'calls-by-hour',
  'calls-by-day',
  'calls-by-month',
  'calls-by-external-number',
  'calls-by-users',
] as const;
export type StatEndpoint = (typeof STAT_ENDPOINTS)[number];

export function isStatEndpoint(name: string): name is StatEndpoint {
  return (STAT_ENDPOINTS as readonly string[]).includes(name);
}

/** `GET /statistic/<name>?from&to[&external_number][&status]`. */
export function statistic(
  engine: Engine,
  name: StatEndpoint,
  params: URLSearchParams,
  nowMs: number,
): SimResponse {
  const errors: FieldErrors = {};
  const fields = { from: 'from', to: 'to' };
  const raw = { from: input(params, 'from'), to: input(params, 'to') };
  const { from, to } = parseRange(raw, fields, engine.timeZone, errors, true);
  if (from !== null && to !== null) checkRange({ fromMs: from, toMs: to }, fields, errors);
  const status = input(params, 'status');
  if (name === 'calls-by-users' && status !== null && status !== '1' && status !== '2') {
    addError(errors, 'status', 'The selected status is invalid.');
  }
  if (from === null || to === null || Object.keys(errors).length > 0) {
    return validationFailed(errors);
  }
  const external = input(params, 'external_number');
  const calls = utelCalls(engine, from, to, nowMs).filter(
    (c) => external === null || c.externalNumber === external,
  );
  const local = createLocalFormatter(engine.timeZone);
  switch (name) {
    case 'calls-count':
      return envelope(callsCount(calls));
    case 'calls-by-hour':
      return envelope(
        grouped(calls, 'date_hour', (c) => `${local(c.call.enterMs).slice(0, 13)}:00:00`),
      );
    case 'calls-by-day':
      return envelope(grouped(calls, 'date', (c) => local(c.call.enterMs).slice(0, 10)));
    case 'calls-by-month':
      return envelope(grouped(calls, 'month', (c) => local(c.call.enterMs).slice(0, 7)));
    case 'calls-by-external-number':
      return envelope(grouped(calls, 'external_number', (c) => c.externalNumber));
    case 'calls-by-users':
      return envelope(byUsers(calls, status === null ? null : status === '1' ? 1 : 2));
  }
}

/** `result` of calls-count (and of calls-count-by-history). */
export function callsCount(calls: readonly UtelCall[]): Record<string, Record<string, number>> {
  const all = { incoming: 0, outgoing: 0, internal: 0 };
  const per = (d: Direction) => {
    const list = calls.filter((c) => c.call.direction === d);
    const answered = list.filter((c) => c.status === 1).length;
    all[d] = list.length;
    return { answered, not_answered: list.length - answered, total: list.length };
  };
  const incoming = per('incoming');
  const outgoing = per('outgoing');
  const internal = per('internal');
  return { all, incoming, outgoing, internal };
}

type Bucket = Record<string, string | number>;

/** Sparse, ascending buckets per direction; calls whose label is null are not listed. */
function grouped(
  calls: readonly UtelCall[],
  key: string,
  labelOf: (c: UtelCall) => string | null,
): Record<Direction, { all: Bucket[]; not_answered: Bucket[] }> {
  const buckets = (list: readonly UtelCall[]): Bucket[] => {
    const counts = new Map<string, number>();
    for (const c of list) {
      const label = labelOf(c);
      if (label !== null) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([label, count]) => ({ [key]: label, call_count: count }));
  };
  const entry = (d: Direction) => {
    const list = calls.filter((c) => c.call.direction === d);
    return { all: buckets(list), not_answered: buckets(list.filter((c) => c.status === 2)) };
  };
  const [incoming, outgoing, internal] = DIRECTIONS.map(entry);
  return {
    incoming: incoming ?? empty(),
    outgoing: outgoing ?? empty(),
    internal: internal ?? empty(),
  };
}

const empty = (): { all: Bucket[]; not_answered: Bucket[] } => ({ all: [], not_answered: [] });

interface UserRow {
  number: string;
  outgoing_count: number;
  outgoing_duration: number;
  outgoing_conversation: number;
  incoming_count: number;
  incoming_duration: number;
  incoming_conversation: number;
}

/**
 * Per SIP user: outgoing = calls the user dialled (outgoing and internal); incoming = queue calls
 * the user answered (duration = ring + talk of the user's leg) and internal calls to the user.
 */
function byUsers(calls: readonly UtelCall[], status: 1 | 2 | null): UserRow[] {
  const rows = new Map<string, UserRow>();
  const row = (number: string): UserRow => {
    let r = rows.get(number);
    if (!r) {
      r = {
        number,
        outgoing_count: 0,
        outgoing_duration: 0,
        outgoing_conversation: 0,
        incoming_count: 0,
        incoming_duration: 0,
        incoming_conversation: 0,
      };
      rows.set(number, r);
    }
    return r;
  };
  for (const { call, status: s } of calls) {
    if (status !== null && s !== status) continue;
    if (call.direction !== 'incoming') {
      const r = row(call.callerNumber);
      r.outgoing_count += 1;
      r.outgoing_duration += Math.round(call.durationSec);
      r.outgoing_conversation += Math.round(call.talkSec);
    }
    const callee =
      call.direction === 'internal'
        ? call.calledNumber
        : call.direction === 'incoming'
          ? call.agentExtension
          : null;
    if (callee === null) continue;
    const r = row(callee);
    r.incoming_count += 1;
    const leg = call.direction === 'internal' ? call.durationSec : call.ringSec + call.talkSec;
    r.incoming_duration += Math.round(leg);
    r.incoming_conversation += Math.round(call.talkSec);
  }
  return [...rows.values()].sort((a, b) => Number(a.number) - Number(b.number));
}

import type { Engine } from '../../engine/engine';
import { createRungLookup } from '../../engine/rung';
import type { CallRecord } from '../../engine/types';
import { createIntervalKey } from './dates';
import type { Employee } from './directory';
import { STAT_FIELDS, type CdrStatsQuery, type IdentityField, type StatField } from './params';

export type Counters = Record<StatField, number>;

export interface EmployeeStats {
  employee: Employee;
  /** Interval label → counters, only intervals with at least one counted call. */
  buckets: Map<string, Counters>;
}

const zero = (): Counters =>
  Object.fromEntries(STAT_FIELDS.map((f) => [f, 0] as const)) as Counters;

/** Aggregates the selected employees' calls into interval buckets (see README "cdrstats"). */
export function cdrStats(
  engine: Engine,
  employees: readonly Employee[],
  query: CdrStatsQuery,
  nowMs: number,
): EmployeeStats[] {
  const selected = employees.filter(
    (e) => query.employeeIds === null || query.employeeIds.has(e.employeeId),
  );
  const byAgent = new Map(selected.map((e) => [e.agentId, new Map<string, Counters>()] as const));
  const keyOf = createIntervalKey(query.grouping);
  const rung = createRungLookup(engine);
  const counters = (agentId: string | null, call: CallRecord): Counters | undefined => {
    const buckets = agentId === null ? undefined : byAgent.get(agentId);
    if (!buckets) return undefined;
    const key = keyOf(call.enterMs);
    let c = buckets.get(key);
    if (!c) {
      c = zero();
      buckets.set(key, c);
    }
    return c;
  };
  const wantIn = query.direction !== 'OUT';
  const wantOut = query.direction !== 'IN';
  for (const call of engine.callsBetween(query.fromMs, query.toMs + 1, nowMs)) {
    if (query.ignoreLocal && call.direction === 'internal') continue;
    if (call.durationSec < query.ignoreBelowSec) continue;
    if (wantOut && call.direction !== 'incoming') {
      const c = counters(call.agentId, call);
      if (c) addOutbound(c, call);
    }
    if (!wantIn) continue;
    const callee = call.direction === 'internal' ? call.targetAgentId : rung(call);
    const c = counters(callee, call);
    if (c) addInbound(c, call);
  }
  return selected.map((employee) => ({
    employee,
    buckets: byAgent.get(employee.agentId) ?? new Map(),
  }));
}

function addOutbound(c: Counters, call: CallRecord): void {
  c.outboundCalls += 1;
  c.outboundSeconds += call.talkSec;
  if (call.outcome === 'answered') c.outboundAnswered += 1;
  else {
    // The vendor example counts failed calls among the unanswered (71 = 63 answered + 8
    // unanswered, 1 of them failed), and outboundFailed on top.
    c.outboundUnanswered += 1;
    if (call.outcome === 'failed') c.outboundFailed += 1;
  }
}

/** inboundAnswered stays 0, as in every bucket of the vendor example (D7). */
function addInbound(c: Counters, call: CallRecord): void {
  c.inboundCalls += 1;
  // A rung employee either answered (the call's outcome) or the caller left while it rang.
  if (call.outcome === 'answered') c.inboundSeconds += call.talkSec;
  else if (call.outcome === 'busy') c.inboundBusy += 1;
  else c.inboundUnanswered += 1;
}

/** Orders rows by the `sort` field (plain string order), else by extension number. */
export function sortRows(rows: EmployeeStats[], sort: CdrStatsQuery['sort']): EmployeeStats[] {
  const field: IdentityField = sort ?? 'extensionNumber';
  return [...rows].sort((a, b) => {
    const x = a.employee[field];
    const y = b.employee[field];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The JSON answer: identity fields asked for, then `data` keyed by interval (ascending). */
export function toJson(rows: EmployeeStats[], query: CdrStatsQuery): Record<string, unknown>[] {
  return rows.map(({ employee, buckets }) => {
    const out: Record<string, unknown> = {};
    for (const f of query.identity) out[f] = employee[f];
    const data: Record<string, Record<string, number>> = {};
    for (const key of [...buckets.keys()].sort((a, b) => Number(a) - Number(b))) {
      const c = buckets.get(key) ?? zero();
      data[key] = Object.fromEntries(query.stats.map((f) => [f, c[f]]));
    }
    out.data = data;
    return out;
  });
}

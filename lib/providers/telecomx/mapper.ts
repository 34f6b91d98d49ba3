import type { AgentDirection, AgentStats, DirectionTotals, SummaryData } from '@/lib/model/stats';
import type { BucketSample } from '@/lib/providers/shared/series';
import { addOrNull } from '@/lib/providers/shared/wire-values';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import type {
  TelecomxCdrStatsWire,
  TelecomxEmployeeStatsWire,
  TelecomxIntervalWire,
} from './api-types';
import type { StatsWindow } from './windows';

/** Counters of one employee (or everyone) over some intervals; null where the answer had none. */
export interface TelecomxTotals {
  inboundCalls: number | null;
  inboundAnswered: number | null;
  inboundUnanswered: number | null;
  inboundBusy: number | null;
  inboundSeconds: number | null;
  outboundCalls: number | null;
  outboundAnswered: number | null;
  outboundUnanswered: number | null;
  outboundFailed: number | null;
  outboundSeconds: number | null;
}

/** Met and tolerated: `inboundAnswered` 0 while calls were answered (the vendor example), or off. */
export type TelecomxQuirk = 'inbound-answered-zero' | 'inbound-answered-mismatch';

const counters = [
  'inboundCalls',
  'inboundAnswered',
  'inboundUnanswered',
  'inboundBusy',
  'inboundSeconds',
  'outboundCalls',
  'outboundAnswered',
  'outboundUnanswered',
  'outboundFailed',
  'outboundSeconds',
] as const satisfies readonly (keyof TelecomxTotals & keyof TelecomxIntervalWire)[];

function emptyTotals(): TelecomxTotals {
  return {
    inboundCalls: 0,
    inboundAnswered: 0,
    inboundUnanswered: 0,
    inboundBusy: 0,
    inboundSeconds: 0,
    outboundCalls: 0,
    outboundAnswered: 0,
    outboundUnanswered: 0,
    outboundFailed: 0,
    outboundSeconds: 0,
  };
}

/** Sums intervals; a counter missing from any interval makes that sum null (unknown, not 0). */
export function sumIntervals(intervals: Iterable<TelecomxIntervalWire>): TelecomxTotals {
  const totals: TelecomxTotals = emptyTotals();
  for (const interval of intervals) {
    for (const name of counters) totals[name] = addOrNull(totals[name], interval[name] ?? null);
  }
  return totals;
}

/** D7: answered inbound = calls − unanswered − busy; `inboundAnswered` is only a cross-check. */
export function answeredInbound(totals: TelecomxTotals): number | null {
  const { inboundCalls, inboundUnanswered, inboundBusy } = totals;
  if (inboundCalls === null || inboundUnanswered === null || inboundBusy === null) return null;
  const answered = inboundCalls - inboundUnanswered - inboundBusy;
  // More misses than calls is an inconsistent answer; a negative count would be made up.
  return answered >= 0 ? answered : null;
}

/** Not answered inbound: the unanswered plus the busy ones (D7 counts them apart). */
function notAnsweredInbound(totals: TelecomxTotals): number | null {
  return addOrNull(totals.inboundUnanswered, totals.inboundBusy);
}

export function incomingTotals(totals: TelecomxTotals): DirectionTotals {
  return {
    total: totals.inboundCalls,
    answered: answeredInbound(totals),
    notAnswered: notAnsweredInbound(totals),
    busy: totals.inboundBusy,
    failed: null,
    durationSeconds: null,
    talkSeconds: totals.inboundSeconds,
  };
}

/** Outbound: calls = answered + unanswered in the vendor example; failed ones are among the unanswered. */
export function outgoingTotals(totals: TelecomxTotals): DirectionTotals {
  return {
    total: totals.outboundCalls,
    answered: totals.outboundAnswered,
    notAnswered: totals.outboundUnanswered,
    busy: null,
    failed: totals.outboundFailed,
    durationSeconds: null,
    talkSeconds: totals.outboundSeconds,
  };
}

function intervalsOf(row: TelecomxEmployeeStatsWire): TelecomxIntervalWire[] {
  return Object.values(row.data);
}

/** The rows of one agent (`agent` = employee id or extension number), or all rows. */
export function selectEmployees(
  rows: TelecomxCdrStatsWire,
  agent: string | undefined,
): TelecomxCdrStatsWire {
  if (agent === undefined) return rows;
  return rows.filter((row) => row.employeeId === agent || row.extensionNumber === agent);
}

/** Totals over every employee and interval; internal calls are left out upstream (`ignoreLocal`). */
export function mapSummary(rows: TelecomxCdrStatsWire): SummaryData {
  const totals = sumIntervals(rows.flatMap(intervalsOf));
  return { incoming: incomingTotals(totals), outgoing: outgoingTotals(totals), internal: null };
}

function agentDirection(totals: DirectionTotals): AgentDirection {
  return {
    calls: totals.total,
    answered: totals.answered,
    notAnswered: totals.notAnswered,
    durationSeconds: totals.durationSeconds,
    talkSeconds: totals.talkSeconds,
  };
}

/** One row per employee, in the vendor's order; an employee with no intervals had no calls. */
export function mapAgents(rows: TelecomxCdrStatsWire): AgentStats[] {
  return rows.map((row) => {
    const totals = sumIntervals(intervalsOf(row));
    return {
      id: row.employeeId,
      name: row.employeeName,
      extension: row.extensionNumber,
      incoming: agentDirection(incomingTotals(totals)),
      outgoing: agentDirection(outgoingTotals(totals)),
    };
  });
}

/** `"07"` and `"7"` name the same interval; anything not a plain number is not a D6 key. */
function normalizeKey(key: string): string | null {
  return /^\d{1,2}$/.test(key.trim()) ? String(Number(key)) : null;
}

/**
 * Adds one window's answer to the per-bucket samples (summed over employees). A key the window
 * did not ask for means the upstream labels intervals in another zone than the source's: refused,
 * because placing it anywhere would be a guess.
 */
export function addWindowSamples(
  samples: Map<number, BucketSample>,
  window: StatsWindow,
  rows: TelecomxCdrStatsWire,
): void {
  for (const row of rows) {
    for (const [key, interval] of Object.entries(row.data)) {
      const normalized = normalizeKey(key);
      const start = normalized === null ? undefined : window.keys.get(normalized);
      if (start === undefined) {
        throw new UpstreamError(
          'schema',
          `telecomx cdrstats: interval "${key.slice(0, 12)}" is not one of the ${window.grouping} intervals asked for (D6: UTC hours, days and months)`,
        );
      }
      const totals = sumIntervals([interval]);
      const previous = samples.get(start);
      const incoming = { total: totals.inboundCalls, notAnswered: notAnsweredInbound(totals) };
      const outgoing = { total: totals.outboundCalls, notAnswered: totals.outboundUnanswered };
      samples.set(start, {
        incoming: previous?.incoming ? sumCounts(previous.incoming, incoming) : incoming,
        outgoing: previous?.outgoing ? sumCounts(previous.outgoing, outgoing) : outgoing,
      });
    }
  }
}

function sumCounts(
  a: { total: number | null; notAnswered: number | null },
  b: { total: number | null; notAnswered: number | null },
) {
  return {
    total: addOrNull(a.total, b.total),
    notAnswered: addOrNull(a.notAnswered, b.notAnswered),
  };
}

/** Cross-checks `inboundAnswered` against D7 per interval; the derived figure is used either way. */
export function inboundAnsweredQuirks(rows: TelecomxCdrStatsWire): TelecomxQuirk[] {
  const quirks = new Set<TelecomxQuirk>();
  for (const interval of rows.flatMap(intervalsOf)) {
    const totals = sumIntervals([interval]);
    const derived = answeredInbound(totals);
    const reported = totals.inboundAnswered;
    if (derived === null || reported === null || derived === reported) continue;
    quirks.add(reported === 0 ? 'inbound-answered-zero' : 'inbound-answered-mismatch');
  }
  return [...quirks];
}

import { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import type { AgentDirection, DirectionTotals, SeriesPoint, SummaryData } from '@/lib/model/stats';
import type { Engine } from '@/sim/engine/engine';
import type { CallRecord } from '@/sim/engine/types';

/**
 * Ground truth for a Telecom X source, recounted from the engine's call records with the meaning
 * lib/providers/telecomx/README.md gives each normalized field. Deliberately written without the
 * adapter's mapper or the simulator's cdrstats code, so that both are checked against the calls.
 *
 * - incoming (per employee): queue calls that rang the employee; answered = the ones it took,
 *   notAnswered = the caller left while it rang. Internal calls are excluded (`ignoreLocal`), so
 *   nothing can find an employee busy: busy = 0.
 * - outgoing (per employee): external calls it placed; notAnswered = every one not answered
 *   (no answer, busy, failed — the vendor example has calls = answered + unanswered while failed
 *   is 1, so failed calls are among the unanswered); failed = the failed ones.
 * - Talk seconds: answer → hang-up of the answered calls.
 */

export interface Tally {
  calls: number;
  answered: number;
  notAnswered: number;
  failed: number;
  talkSeconds: number;
}

export interface EmployeeTally {
  agentId: string;
  name: string;
  extension: string;
  incoming: Tally;
  outgoing: Tally;
}

const emptyTally = (): Tally => ({
  calls: 0,
  answered: 0,
  notAnswered: 0,
  failed: 0,
  talkSeconds: 0,
});

/** Local day keys touching [fromMs, toMs), plus the next one: a late call may ring after midnight. */
function dayKeys(engine: Engine, fromMs: number, toMs: number): string[] {
  const keys = new Set<string>();
  for (let ms = fromMs; ms < toMs + 86_400_000; ms += 6 * 3_600_000) keys.add(engine.dayKeyOf(ms));
  return [...keys];
}

/** uniqueid → every agent whose phone rang for that caller (from the agents' day activities). */
export function ringsOf(engine: Engine, fromMs: number, toMs: number): Map<string, Set<string>> {
  const rings = new Map<string, Set<string>>();
  for (const key of dayKeys(engine, fromMs, toMs)) {
    for (const agent of engine.day(key).agents.values()) {
      for (const activity of agent.activities) {
        if (activity.kind !== 'inbound' || activity.phase !== 'ringing') continue;
        const set = rings.get(activity.uniqueid) ?? new Set<string>();
        set.add(activity.agentId);
        rings.set(activity.uniqueid, set);
      }
    }
  }
  return rings;
}

/** The employees a queue call counts for: whoever answered it and whoever's phone rang for it. */
function rungAgents(call: CallRecord, rings: Map<string, Set<string>>): Set<string> {
  const agents = new Set(rings.get(call.uniqueid) ?? []);
  if (call.agentId !== null) agents.add(call.agentId);
  return agents;
}

/** Per-employee tallies of the calls given (all already inside the range). */
export function tallyEmployees(
  engine: Engine,
  calls: readonly CallRecord[],
  rings: Map<string, Set<string>>,
): EmployeeTally[] {
  const rows = engine.agents.map((agent) => ({
    agentId: agent.id,
    name: agent.name,
    extension: agent.extension,
    incoming: emptyTally(),
    outgoing: emptyTally(),
  }));
  const byId = new Map(rows.map((row) => [row.agentId, row]));
  for (const call of calls) {
    if (call.direction === 'incoming') {
      for (const agentId of rungAgents(call, rings)) {
        const tally = byId.get(agentId)?.incoming;
        if (!tally) continue;
        tally.calls += 1;
        if (call.outcome === 'answered' && call.agentId === agentId) {
          tally.answered += 1;
          tally.talkSeconds += call.talkSec;
        } else tally.notAnswered += 1;
      }
    } else if (call.direction === 'outgoing' && call.agentId !== null) {
      const tally = byId.get(call.agentId)?.outgoing;
      if (!tally) continue;
      tally.calls += 1;
      if (call.outcome === 'answered') {
        tally.answered += 1;
        tally.talkSeconds += call.talkSec;
      } else tally.notAnswered += 1;
      if (call.outcome === 'failed') tally.failed += 1;
    }
  }
  return rows;
}

function sum(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies) {
    total.calls += tally.calls;
    total.answered += tally.answered;
    total.notAnswered += tally.notAnswered;
    total.failed += tally.failed;
    total.talkSeconds += tally.talkSeconds;
  }
  return total;
}

function incomingTotals(tally: Tally): DirectionTotals {
  return {
    total: tally.calls,
    answered: tally.answered,
    notAnswered: tally.notAnswered,
    busy: 0,
    failed: null,
    durationSeconds: null,
    talkSeconds: tally.talkSeconds,
  };
}

function outgoingTotals(tally: Tally): DirectionTotals {
  return {
    total: tally.calls,
    answered: tally.answered,
    notAnswered: tally.notAnswered,
    busy: null,
    failed: tally.failed,
    durationSeconds: null,
    talkSeconds: tally.talkSeconds,
  };
}

export function summaryTruth(rows: readonly EmployeeTally[]): SummaryData {
  return {
    incoming: incomingTotals(sum(rows.map((row) => row.incoming))),
    outgoing: outgoingTotals(sum(rows.map((row) => row.outgoing))),
    internal: null,
  };
}

function agentDirection(tally: Tally): AgentDirection {
  return {
    calls: tally.calls,
    answered: tally.answered,
    notAnswered: tally.notAnswered,
    durationSeconds: null,
    talkSeconds: tally.talkSeconds,
  };
}

/** Agents rows without `id` (a 24-hex vendor id the test checks for shape, not value). */
export function agentsTruth(rows: readonly EmployeeTally[]) {
  return rows.map((row) => ({
    name: row.name,
    extension: row.extension,
    incoming: agentDirection(row.incoming),
    outgoing: agentDirection(row.outgoing),
  }));
}

/** Every call that entered in [fromMs, toMs), with the rings needed to attribute them. */
export function callsIn(engine: Engine, fromMs: number, toMs: number) {
  return { calls: engine.callsBetween(fromMs, toMs), rings: ringsOf(engine, fromMs, toMs) };
}

/**
 * The series: one point per bucket overlapping [from, to) (starting at the bucket that holds
 * `from`), each counting only the calls inside both the bucket and the range.
 */
export function seriesTruth(
  engine: Engine,
  from: DateTime,
  to: DateTime,
  bucket: SeriesBucket,
  formatStart: (start: DateTime) => string,
): SeriesPoint[] {
  const { calls, rings } = callsIn(engine, from.toMillis(), to.toMillis());
  const sorted = [...calls].sort((a, b) => a.enterMs - b.enterMs);
  const points: SeriesPoint[] = [];
  let next = 0;
  for (let start = from.startOf(bucket); start < to; start = start.plus({ [`${bucket}s`]: 1 })) {
    const end = start.plus({ [`${bucket}s`]: 1 });
    // Calls are in time order and all inside the range: a bucket takes those before its end.
    const inBucket: CallRecord[] = [];
    while (next < sorted.length && (sorted[next]?.enterMs ?? Infinity) < +end) {
      const call = sorted[next];
      if (call) inBucket.push(call);
      next += 1;
    }
    const rows = tallyEmployees(engine, inBucket, rings);
    const incoming = sum(rows.map((row) => row.incoming));
    const outgoing = sum(rows.map((row) => row.outgoing));
    points.push({
      start: formatStart(start),
      incoming: { total: incoming.calls, notAnswered: incoming.notAnswered },
      outgoing: { total: outgoing.calls, notAnswered: outgoing.notAnswered },
      internal: null,
    });
  }
  return points;
}

/** The summary of the calls of a span (summer-time contract), as `summaryTruth` counts it. */
export function telecomxSummary(
  engine: Engine,
  calls: readonly CallRecord[],
  span: { fromMs: number; toMs: number },
): SummaryData {
  return summaryTruth(tallyEmployees(engine, calls, ringsOf(engine, span.fromMs, span.toMs)));
}

/** `seriesTruth` of a span in any zone, each start with the offset of its own instant. */
export function telecomxSeries(
  engine: Engine,
  _calls: readonly CallRecord[],
  span: { fromMs: number; toMs: number },
  bucket: SeriesBucket,
  zone: string,
): SeriesPoint[] {
  const from = DateTime.fromMillis(span.fromMs, { zone });
  const to = DateTime.fromMillis(span.toMs, { zone });
  return seriesTruth(engine, from, to, bucket, (start) =>
    start.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ"),
  );
}

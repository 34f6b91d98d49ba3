import type {
  AgentStatus,
  LiveAgent,
  LiveQueue,
  QueueAgents,
  QueueToday,
  WaitingCaller,
} from '@/lib/model/live-queues';
import type { AgentStats, SummaryData } from '@/lib/model/stats';
import {
  addOrNull,
  parseWireCount,
  parseWireNumber,
  wireTextOrNull,
} from '@/lib/providers/shared/wire-values';
import type {
  EnswitchActiveCallWire,
  EnswitchDestinationStatsWire,
  EnswitchQueueDestinationWire,
  EnswitchScalarWire,
} from './api-types';

// ---- scalars: a value that does not parse is null, never 0 -----------------------------------

/** Plain non-negative seconds: Enswitch sends no `HH:MM:SS` clocks (unlike Asternic). */
function parseSeconds(value: EnswitchScalarWire): number | null {
  const number = parseWireNumber(value);
  return number !== null && number >= 0 ? number : null;
}

// ---- statistics --------------------------------------------------------------------------------

/** A member's figures: offers (`calls`), answers (`calls_answered`), talk (`talktime_sum`). */
interface MemberTotals {
  id: string;
  dnumber: string;
  calls: number | null;
  answered: number | null;
  talkSeconds: number | null;
}

/** Member id as the agents table shows it: destination type and number. */
export function memberId(row: { dtype: string; dnumber: string }): string {
  return `${row.dtype}:${row.dnumber}`;
}

function memberTotals(row: EnswitchDestinationStatsWire): MemberTotals {
  return {
    id: memberId(row),
    dnumber: row.dnumber,
    calls: parseWireCount(row.calls),
    answered: parseWireCount(row.calls_answered),
    talkSeconds: parseSeconds(row.talktime_sum),
  };
}

/**
 * One row per member over all asked queues, summed per `dtype` + `dnumber` (a call waits in one
 * queue, so a member's offers in two queues are different calls). Order: first appearance.
 */
export function mapAgents(rows: readonly EnswitchDestinationStatsWire[]): AgentStats[] {
  const members = new Map<string, MemberTotals>();
  for (const row of rows) {
    const totals = memberTotals(row);
    const previous = members.get(totals.id);
    members.set(
      totals.id,
      previous
        ? {
            ...previous,
            calls: addOrNull(previous.calls, totals.calls),
            answered: addOrNull(previous.answered, totals.answered),
            talkSeconds: addOrNull(previous.talkSeconds, totals.talkSeconds),
          }
        : totals,
    );
  }
  return [...members.values()].map((member) => ({
    id: member.id,
    name: null,
    extension: member.dnumber,
    incoming: {
      calls: member.calls,
      answered: member.answered,
      // Both count the same calls offered to this member, so the rest were offered and missed.
      notAnswered:
        member.calls !== null && member.answered !== null && member.calls >= member.answered
          ? member.calls - member.answered
          : null,
      durationSeconds: null,
      talkSeconds: member.talkSeconds,
    },
    outgoing: null,
  }));
}

/** Answered calls and talk time summed over members; null if any member's figure is unknown. */
function answeredAndTalk(rows: readonly EnswitchDestinationStatsWire[]) {
  let answered: number | null = 0;
  let talkSeconds: number | null = 0;
  for (const row of rows) {
    const totals = memberTotals(row);
    answered = addOrNull(answered, totals.answered);
    talkSeconds = addOrNull(talkSeconds, totals.talkSeconds);
  }
  return { answered, talkSeconds };
}

/**
 * Only what per-member rows give without double counting: a call is answered by one member, so
 * answers and talk time add up; `calls` counts a call once per member it rang, so no total.
 */
export function mapSummary(rows: readonly EnswitchDestinationStatsWire[]): SummaryData {
  const { answered, talkSeconds } = answeredAndTalk(rows);
  return {
    incoming: {
      total: null,
      answered,
      notAnswered: null,
      busy: null,
      failed: null,
      durationSeconds: null,
      talkSeconds,
    },
    outgoing: null,
    internal: null,
  };
}

// ---- live queues -------------------------------------------------------------------------------

/** `available` 1/0 (number, string or boolean); anything else is a state we cannot name. */
export function memberStatus(available: EnswitchScalarWire): AgentStatus {
  if (available === true || parseWireNumber(available ?? null) === 1) return 'available';
  if (available === false || parseWireNumber(available ?? null) === 0) return 'loggedOff';
  return 'unknown';
}

function queueAgents(members: readonly EnswitchQueueDestinationWire[]): QueueAgents {
  // Enswitch has no pause flag here; `paused: false` is the only value the model allows.
  const list: LiveAgent[] = members.map((member) => ({
    name: member.dnumber,
    status: memberStatus(member.available),
    paused: false,
  }));
  const known = list.every((agent) => agent.status !== 'unknown');
  const count = (status: AgentStatus) =>
    known ? list.filter((agent) => agent.status === status).length : null;
  return {
    total: list.length,
    available: count('available'),
    busy: null,
    paused: null,
    loggedOff: count('loggedOff'),
    list,
  };
}

/** When the caller entered the queue (epoch s): `queue_start` if sent, else the call's `start`. */
function enteredAt(call: EnswitchActiveCallWire): number | null {
  return parseWireNumber(call.queue_start ?? null) ?? parseWireNumber(call.start ?? null);
}

function waitingCallers(calls: readonly EnswitchActiveCallWire[], nowMs: number): WaitingCaller[] {
  const seen = new Set<string>();
  const unique = calls.filter((call) => {
    const id = wireTextOrNull(call.uniqueid ?? null);
    if (id === null) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  // Longest waiting first, as the queue serves them; a caller without a time goes last.
  const sorted = unique
    .map((call, index) => ({ call, index, entered: enteredAt(call) }))
    .sort((a, b) => (a.entered ?? Infinity) - (b.entered ?? Infinity) || a.index - b.index);
  return sorted.map(({ call, entered }, index) => ({
    position: index + 1,
    callerNumber:
      wireTextOrNull(call.callerid_internal ?? null) ?? wireTextOrNull(call.callerid ?? null),
    callerName: wireTextOrNull(call.callerid_name ?? null),
    waitSeconds: entered === null ? null : Math.max(0, Math.floor(nowMs / 1000 - entered)),
  }));
}

/** Today's figures from per-member statistics since local midnight: only the honest ones. */
function queueToday(rows: readonly EnswitchDestinationStatsWire[]): QueueToday {
  const { answered, talkSeconds } = answeredAndTalk(rows);
  return {
    answered,
    unanswered: null,
    abandoned: null,
    abandonRate: null,
    avgWaitSeconds: null,
    avgTalkSeconds:
      answered !== null && answered > 0 && talkSeconds !== null ? talkSeconds / answered : null,
    maxWaitSeconds: null,
    serviceLevel: null,
  };
}

export interface EnswitchQueueSnapshot {
  queue: number;
  waiting: readonly EnswitchActiveCallWire[];
  members: readonly EnswitchQueueDestinationWire[];
  today: readonly EnswitchDestinationStatsWire[];
}

export function mapLiveQueue(snapshot: EnswitchQueueSnapshot, nowMs: number): LiveQueue {
  const waiting = waitingCallers(snapshot.waiting, nowMs);
  const waits = waiting.map((caller) => caller.waitSeconds);
  return {
    id: String(snapshot.queue),
    name: String(snapshot.queue),
    waiting,
    // The list is complete, so an empty queue's longest wait is a real 0.
    longestWaitSeconds: waits.some((wait) => wait === null)
      ? null
      : Math.max(0, ...waits.filter((wait) => wait !== null)),
    agents: queueAgents(snapshot.members),
    today: queueToday(snapshot.today),
  };
}

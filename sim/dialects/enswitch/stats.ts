import type { Engine } from '../../engine/engine';
import { createRungLookup } from '../../engine/rung';
import type { CallRecord } from '../../engine/types';
import type { Destination, EnswitchQueue } from './directory';
import { intParam, type Params } from './params';

/** Statistics fields (D8): offered calls, answered calls, talk seconds of the answered ones. */
export interface Stats {
  calls: number;
  calls_answered: number;
  talktime_sum: number;
}

/** The simulated switch keeps 62 days of queue history; an earlier `start` is clamped to it. */
export const RETENTION_MS = 62 * 86_400_000;

export interface Range {
  /** Calls that entered the queue in [fromMs, toMs). */
  fromMs: number;
  toMs: number;
}

/** `start`/`end` Unix seconds, both inclusive; defaults 0 and now (as documented). */
export function parseRange(params: Params, nowMs: number): Range {
  const start = intParam(params, 'start') ?? 0;
  const end = intParam(params, 'end') ?? Math.floor(nowMs / 1000);
  return { fromMs: Math.max(start * 1000, nowMs - RETENTION_MS), toMs: (end + 1) * 1000 };
}

const empty = (): Stats => ({ calls: 0, calls_answered: 0, talktime_sum: 0 });

function queueCalls(
  engine: Engine,
  queue: EnswitchQueue,
  range: Range,
  nowMs: number,
): CallRecord[] {
  if (range.toMs <= range.fromMs) return [];
  return engine
    .callsBetween(range.fromMs, range.toMs, nowMs)
    .filter((c) => c.direction === 'incoming' && c.queue === queue.name);
}

function add(stats: Stats, call: CallRecord): void {
  stats.calls += 1;
  if (call.outcome !== 'answered') return;
  stats.calls_answered += 1;
  stats.talktime_sum += call.talkSec;
}

/** queues/statistics/get: every completed call that entered the queue (EXITEMPTY included). */
export function queueStatistics(
  engine: Engine,
  queue: EnswitchQueue,
  range: Range,
  nowMs: number,
): Stats {
  const stats = empty();
  for (const call of queueCalls(engine, queue, range, nowMs)) add(stats, call);
  return stats;
}

/**
 * Per member: calls offered to it (its phone rang for a caller of this queue), answered by it, and
 * their talk time. Destinations never rung in the range get no entry.
 */
export function destinationStatistics(
  engine: Engine,
  queue: EnswitchQueue,
  members: readonly Destination[],
  range: Range,
  nowMs: number,
): Map<Destination, Stats> {
  const byAgent = new Map(members.map((d) => [d.agentId, d] as const));
  const rung = createRungLookup(engine);
  const out = new Map<Destination, Stats>();
  for (const call of queueCalls(engine, queue, range, nowMs)) {
    const agentId = rung(call);
    const dest = agentId === null ? undefined : byAgent.get(agentId);
    if (!dest) continue;
    let stats = out.get(dest);
    if (!stats) {
      stats = empty();
      out.set(dest, stats);
    }
    add(stats, call);
  }
  return out;
}

export const zeroStats = empty;

import type { AgentDef, QueueDef } from './roster';
import type { Activity, AgentDay, AgentStatus, CallRecord, GeneratedDay } from './types';

export interface WaitingCaller {
  queue: string;
  uniqueid: string;
  callerNumber: string;
  callerName: string;
  enterMs: number;
  waitSec: number;
  /** 1-based position among the queue's current callers (by entry time). */
  position: number;
}

export interface AgentLive {
  agentId: string;
  name: string;
  extension: string;
  queues: { queue: string; penalty: number }[];
  status: AgentStatus;
  /** What the phone is doing while ringing/busy. */
  activity: Activity | null;
  /** Queue of the current inbound call. */
  callQueue: string | null;
  /** Other party of the current call. */
  peer: string | null;
  /** Uniqueid of the call the phone is on (or ringing for). */
  uniqueid: string | null;
  pauseReason: string | null;
  /** When the current status began (epoch ms). */
  sinceMs: number;
}

export interface LiveState {
  atMs: number;
  dayKey: string;
  waiting: WaitingCaller[];
  agents: AgentLive[];
}

const covers = (startMs: number, endMs: number, t: number): boolean => startMs <= t && t < endMs;

/** Callers in queue at t: entered, not yet connected or gone. Previous day covers midnight. */
export function waitingAt(days: GeneratedDay[], atMs: number): WaitingCaller[] {
  const calls: CallRecord[] = [];
  for (const day of days) {
    for (const c of day.calls) {
      if (c.enterMs > atMs) break;
      if (c.direction === 'incoming' && c.queue !== null && atMs < (c.connectMs ?? c.endMs))
        calls.push(c);
    }
  }
  const positions = new Map<string, number>();
  return calls.map((c) => {
    const queue = c.queue ?? '';
    const position = (positions.get(queue) ?? 0) + 1;
    positions.set(queue, position);
    return {
      queue,
      uniqueid: c.uniqueid,
      callerNumber: c.callerNumber,
      callerName: c.callerName,
      enterMs: c.enterMs,
      waitSec: Math.floor((atMs - c.enterMs) / 1000),
      position,
    };
  });
}

export function agentAt(
  def: AgentDef,
  day: AgentDay | undefined,
  dayStartMs: number,
  t: number,
): AgentLive {
  const base = {
    agentId: def.id,
    name: def.name,
    extension: def.extension,
    queues: def.queues.map((m) => ({ ...m })),
    activity: null,
    callQueue: null,
    peer: null,
    uniqueid: null,
    pauseReason: null,
  };
  const session = day?.sessions.find((s) => covers(s.startMs, s.endMs, t));
  if (!day || !session) {
    const ended = day?.sessions.filter((s) => s.endMs <= t).map((s) => s.endMs) ?? [];
    return { ...base, status: 'loggedOff', sinceMs: Math.max(dayStartMs, ...ended) };
  }
  const act = day.activities.find((a) => covers(a.startMs, a.endMs, t));
  if (act) {
    const status = act.phase === 'ringing' ? 'ringing' : 'busy';
    return {
      ...base,
      status,
      activity: act.kind,
      callQueue: act.queue,
      peer: act.peer,
      uniqueid: act.uniqueid,
      sinceMs: act.startMs,
    };
  }
  const pause = day.pauses.find((p) => covers(p.startMs, p.endMs, t));
  if (pause)
    return { ...base, status: 'paused', pauseReason: pause.reason, sinceMs: pause.startMs };
  const ends = [session.startMs];
  for (const a of day.activities) if (a.endMs <= t) ends.push(a.endMs);
  for (const p of day.pauses) if (p.endMs <= t) ends.push(p.endMs);
  return { ...base, status: 'available', sinceMs: Math.max(...ends) };
}

export interface QueueTodayStats {
  queue: string;
  /** Today's completed incoming calls (entered since local midnight, ended by t). */
  answered: number;
  unanswered: number;
  abandoned: number;
  timedOut: number;
  exitEmpty: number;
  exitWithKey: number;
  /** abandoned / (answered + unanswered) × 100, 0 when no calls. */
  abandonRatePct: number;
  /** Mean wait / talk of today's answered calls, whole seconds (rounded). */
  avgWaitSec: number;
  avgTalkSec: number;
  waiting: number;
  /** Longest current wait among callers in queue now. */
  maxWaitNowSec: number;
  members: number;
  loggedOff: number;
  busy: number;
  paused: number;
  available: number;
  /** Members with a non-zero penalty in this queue. */
  penalized: number;
}

export function queueStats(
  queue: QueueDef,
  todayCalls: readonly CallRecord[],
  live: LiveState,
): QueueTodayStats {
  const done = todayCalls.filter(
    (c) => c.queue === queue.name && c.direction === 'incoming' && c.endMs <= live.atMs,
  );
  const answered = done.filter((c) => c.outcome === 'answered');
  const count = (event: string): number => done.filter((c) => c.event === event).length;
  const abandoned = count('ABANDON');
  const mean = (xs: number[]): number =>
    xs.length ? Math.round(xs.reduce((s, x) => s + x, 0) / xs.length) : 0;
  const waiting = live.waiting.filter((w) => w.queue === queue.name);
  const members = live.agents.filter((a) => a.queues.some((m) => m.queue === queue.name));
  const status = (s: AgentStatus[]): number => members.filter((a) => s.includes(a.status)).length;
  return {
    queue: queue.name,
    answered: answered.length,
    unanswered: done.length - answered.length,
    abandoned,
    timedOut: count('EXITWITHTIMEOUT'),
    exitEmpty: count('EXITEMPTY'),
    exitWithKey: count('EXITWITHKEY'),
    abandonRatePct: done.length ? (abandoned / done.length) * 100 : 0,
    avgWaitSec: mean(answered.map((c) => c.waitSec)),
    avgTalkSec: mean(answered.map((c) => c.talkSec)),
    waiting: waiting.length,
    maxWaitNowSec: Math.max(0, ...waiting.map((w) => w.waitSec)),
    members: members.length,
    loggedOff: status(['loggedOff']),
    busy: status(['busy', 'ringing']),
    paused: status(['paused']),
    available: status(['available']),
    penalized: members.filter((a) => a.queues.some((m) => m.queue === queue.name && m.penalty > 0))
      .length,
  };
}

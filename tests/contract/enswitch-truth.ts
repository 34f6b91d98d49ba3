import type { AgentStats, SummaryData } from '@/lib/model/stats';
import type { LiveQueue } from '@/lib/model/live-queues';
import type { Engine } from '@/sim/engine/engine';
import { ringsOf } from './telecomx-truth';

/**
 * Ground truth for an Enswitch source, recounted from the engine's calls with the meaning
 * lib/providers/enswitch/README.md gives each normalized field (the per-member statistics count
 * the calls offered to a member: its phone rang for a caller of that queue). Written without the
 * adapter's mapper or the simulator's statistics code.
 */

/** The simulator's queue ids (sim/dialects/enswitch/README.md, "Directory"). */
export const enswitchQueues: Readonly<Record<number, string>> = {
  123: 'support',
  124: 'sales',
  125: 'billing',
  126: '600',
  127: '700',
};

interface Member {
  extension: string;
  calls: number;
  answered: number;
  talkSeconds: number;
}

/** Per-member offers, answers and talk seconds over the queues given, for [fromMs, toMs). */
function members(engine: Engine, queueIds: readonly number[], fromMs: number, toMs: number) {
  const names = new Set(queueIds.map((id) => enswitchQueues[id]));
  const rings = ringsOf(engine, fromMs, toMs);
  const extensionOf = new Map(engine.agents.map((agent) => [agent.id, agent.extension]));
  const byExtension = new Map<string, Member>();
  for (const call of engine.callsBetween(fromMs, toMs)) {
    if (call.direction !== 'incoming' || call.queue === null || !names.has(call.queue)) continue;
    const rung = new Set(rings.get(call.uniqueid) ?? []);
    if (call.agentId !== null) rung.add(call.agentId);
    for (const agentId of rung) {
      const extension = extensionOf.get(agentId);
      if (extension === undefined) continue;
      const member = byExtension.get(extension) ?? {
        extension,
        calls: 0,
        answered: 0,
        talkSeconds: 0,
      };
      member.calls += 1;
      if (call.outcome === 'answered' && call.agentId === agentId) {
        member.answered += 1;
        member.talkSeconds += call.talkSec;
      }
      byExtension.set(extension, member);
    }
  }
  return [...byExtension.values()];
}

/** One row per member rung at least once, in extension order. */
export function agentsTruth(
  engine: Engine,
  queueIds: readonly number[],
  fromMs: number,
  toMs: number,
): AgentStats[] {
  return members(engine, queueIds, fromMs, toMs)
    .sort((a, b) => a.extension.localeCompare(b.extension))
    .map((member) => ({
      id: `phone:${member.extension}`,
      name: null,
      extension: member.extension,
      incoming: {
        calls: member.calls,
        answered: member.answered,
        notAnswered: member.calls - member.answered,
        durationSeconds: null,
        talkSeconds: member.talkSeconds,
      },
      outgoing: null,
    }));
}

/** Answered calls and talk time only: a call is answered by one member, rung by possibly many. */
export function summaryTruth(
  engine: Engine,
  queueIds: readonly number[],
  fromMs: number,
  toMs: number,
): SummaryData {
  const rows = members(engine, queueIds, fromMs, toMs);
  return {
    incoming: {
      total: null,
      answered: rows.reduce((sum, row) => sum + row.answered, 0),
      notAnswered: null,
      busy: null,
      failed: null,
      durationSeconds: null,
      talkSeconds: rows.reduce((sum, row) => sum + row.talkSeconds, 0),
    },
    outgoing: null,
    internal: null,
  };
}

/**
 * The live picture of one queue at the simulator's `atMs`, as the app should show it when its
 * own clock reads the same instant: callers still waiting (also while a phone rings) longest
 * first, whole-second waits (Enswitch gives queue entry in Unix seconds); members in extension
 * order, available = logged in; today = answered calls since local midnight that have ended.
 */
export function liveQueueTruth(
  engine: Engine,
  queueId: number,
  atMs: number,
  midnightMs: number,
): LiveQueue {
  const name = enswitchQueues[queueId];
  const live = engine.liveState(atMs);
  const waiting = live.waiting
    .filter((caller) => caller.queue === name)
    .sort((a, b) => a.enterMs - b.enterMs || a.uniqueid.localeCompare(b.uniqueid))
    .map((caller, index) => ({
      position: index + 1,
      callerNumber: caller.callerNumber,
      // queues/active/list has no caller name.
      callerName: null,
      waitSeconds: Math.floor(atMs / 1000) - Math.floor(caller.enterMs / 1000),
    }));
  const list = live.agents
    .filter((agent) => agent.queues.some((membership) => membership.queue === name))
    .sort((a, b) => a.extension.localeCompare(b.extension))
    .map((agent) => ({
      name: agent.extension,
      status: agent.status === 'loggedOff' ? ('loggedOff' as const) : ('available' as const),
      paused: false,
    }));
  const answeredToday = engine
    .callsBetween(midnightMs, atMs + 1, atMs)
    .filter((call) => call.queue === name && call.outcome === 'answered');
  const talk = answeredToday.reduce((sum, call) => sum + call.talkSec, 0);
  return {
    id: String(queueId),
    name: String(queueId),
    waiting,
    longestWaitSeconds: Math.max(0, ...waiting.map((caller) => caller.waitSeconds)),
    agents: {
      total: list.length,
      available: list.filter((agent) => agent.status === 'available').length,
      busy: null,
      paused: null,
      loggedOff: list.filter((agent) => agent.status === 'loggedOff').length,
      list,
    },
    today: {
      answered: answeredToday.length,
      unanswered: null,
      abandoned: null,
      abandonRate: null,
      avgWaitSeconds: null,
      avgTalkSeconds: answeredToday.length > 0 ? talk / answeredToday.length : null,
      maxWaitSeconds: null,
      serviceLevel: null,
    },
  };
}

import type { Arrival } from './arrivals';
import { clamp, lognormal } from './distributions';
import { QUEUES } from './roster';
import {
  agentFields,
  baseRecord,
  type AgentRuntime,
  type CallerRuntime,
  type SimCore,
} from './sim-state';
import type { AgentActivity, CallRecord, Outcome, QueueEvent } from './types';

interface Member {
  agent: AgentRuntime;
  penalty: number;
}

/**
 * Asterisk-like queues sharing one pool of agents: callers wait FIFO, the free member with
 * the lowest penalty (then longest idle) is rung, and callers may leave while ringing.
 */
export class QueueDesk {
  /** Callers in queue (waiting or being rung), in arrival order. */
  private waiting: CallerRuntime[] = [];
  private readonly members = new Map<string, Member[]>();

  constructor(
    private readonly sim: SimCore,
    agents: readonly AgentRuntime[],
  ) {
    for (const queue of QUEUES) {
      const list = agents.flatMap((agent) =>
        agent.def.queues
          .filter((m) => m.queue === queue.name)
          .map((m) => ({ agent, penalty: m.penalty })),
      );
      this.members.set(queue.name, list);
    }
  }

  hasWaitingFor(agent: AgentRuntime): boolean {
    return this.waiting.some((c) => agent.def.queues.some((m) => m.queue === c.arrival.queue.name));
  }

  arrive(t: number, arrival: Arrival): void {
    const uniqueid = this.sim.nextUniqueid(t);
    const queue = arrival.queue;
    const position = this.waiting.filter((c) => c.arrival.queue === queue).length + 1;
    const members = this.members.get(queue.name) ?? [];
    if (!members.some((m) => m.agent.loggedIn && !m.agent.loggingOff)) {
      const endMs = t + this.sim.rng.int(1, 3) * 1000;
      this.sim.addRecord(queueRecord(uniqueid, arrival, endMs, 'EXITEMPTY', position, position));
      return;
    }
    const caller: CallerRuntime = {
      arrival,
      uniqueid,
      state: 'waiting',
      startPosition: position,
      agent: null,
      ringStartMs: 0,
      agentLeg: '',
    };
    this.waiting.push(caller);
    const giveUpSec = Math.min(arrival.patienceSec, queue.maxWaitSec);
    this.sim.schedule(t + giveUpSec * 1000, { kind: 'giveUp', caller });
    this.dispatch(t);
  }

  giveUp(t: number, caller: CallerRuntime): void {
    if (caller.state !== 'waiting' && caller.state !== 'ringing') return;
    const { arrival } = caller;
    const endPosition = this.leave(caller);
    const event: QueueEvent =
      arrival.patienceSec >= arrival.queue.maxWaitSec
        ? 'EXITWITHTIMEOUT'
        : arrival.exitWithKey
          ? 'EXITWITHKEY'
          : 'ABANDON';
    const record = queueRecord(
      caller.uniqueid,
      arrival,
      t,
      event,
      caller.startPosition,
      endPosition,
    );
    this.sim.addRecord(record);
    const agent = caller.agent;
    caller.state = 'done';
    if (agent) {
      this.sim.addActivity(agent, inboundActivity(caller, 'ringing', caller.ringStartMs, t));
      this.sim.agentFree(agent, t);
    }
  }

  dispatch(t: number): void {
    for (const caller of this.waiting) {
      if (caller.state !== 'waiting') continue;
      let best: Member | null = null;
      for (const m of this.members.get(caller.arrival.queue.name) ?? []) {
        if (!this.sim.isIdle(m.agent) || m.agent.loggingOff) continue;
        if (!best || m.penalty < best.penalty) best = m;
        else if (m.penalty === best.penalty && m.agent.lastCallEndMs < best.agent.lastCallEndMs) {
          best = m;
        }
      }
      if (best) this.ring(caller, best.agent, t);
    }
  }

  connect(t: number, caller: CallerRuntime): void {
    const agent = caller.agent;
    if (caller.state !== 'ringing' || !agent) return;
    const { arrival } = caller;
    const endPosition = this.leave(caller);
    caller.state = 'connected';
    const q = arrival.queue;
    const talkSec = clamp(
      Math.round(lognormal(this.sim.rng, q.talkMedianSec, q.talkSigma)),
      5,
      3600,
    );
    const endMs = Math.min(t + talkSec * 1000, this.sim.ctx.endMs - 1000);
    const event = this.sim.rng.weighted<QueueEvent>(
      ['TRANSFER', 'COMPLETECALLER', 'COMPLETEAGENT'],
      [3, 55, 42],
    );
    const record = queueRecord(
      caller.uniqueid,
      arrival,
      endMs,
      event,
      caller.startPosition,
      endPosition,
    );
    Object.assign(record, agentFields(agent), {
      agentLegUniqueid: caller.agentLeg,
      ringStartMs: caller.ringStartMs,
      connectMs: t,
      waitSec: (t - arrival.enterMs) / 1000,
      ringSec: (t - caller.ringStartMs) / 1000,
      talkSec: (endMs - t) / 1000,
      outcome: 'answered',
      recording: `${caller.uniqueid}.wav`,
    });
    this.sim.addRecord(record);
    this.sim.addActivity(agent, inboundActivity(caller, 'ringing', caller.ringStartMs, t));
    this.sim.addActivity(agent, inboundActivity(caller, 'talking', t, endMs));
    this.sim.occupyUntil(agent, endMs);
  }

  /** Rings the chosen member; the caller stays in queue (and may still hang up) until connect. */
  private ring(caller: CallerRuntime, agent: AgentRuntime, t: number): void {
    const ringSec = clamp(Math.round(lognormal(this.sim.rng, 5, 0.5)), 1, 20);
    const connectMs = t + ringSec * 1000;
    if (connectMs > this.sim.ctx.endMs - 5000) return;
    caller.state = 'ringing';
    caller.agent = agent;
    caller.ringStartMs = t;
    caller.agentLeg = this.sim.nextUniqueid(t);
    agent.busy = true;
    this.sim.schedule(connectMs, { kind: 'connect', caller });
  }

  /** Removes a caller from the queue and returns the position it left from. */
  private leave(caller: CallerRuntime): number {
    const same = this.waiting.filter((c) => c.arrival.queue === caller.arrival.queue);
    this.waiting = this.waiting.filter((c) => c !== caller);
    return same.indexOf(caller) + 1;
  }
}

const OUTCOME_OF: Record<QueueEvent, Outcome> = {
  COMPLETEAGENT: 'answered',
  COMPLETECALLER: 'answered',
  TRANSFER: 'answered',
  ABANDON: 'abandoned',
  EXITWITHTIMEOUT: 'timeout',
  EXITEMPTY: 'empty',
  EXITWITHKEY: 'key',
};

function queueRecord(
  uniqueid: string,
  arrival: Arrival,
  endMs: number,
  event: QueueEvent,
  startPosition: number,
  endPosition: number,
): CallRecord {
  const record = baseRecord(uniqueid, arrival.enterMs);
  const waitSec = (endMs - arrival.enterMs) / 1000;
  Object.assign(record, {
    direction: 'incoming',
    queue: arrival.queue.name,
    callerNumber: arrival.callerNumber,
    callerName: arrival.callerName,
    calledNumber: arrival.queue.did,
    did: arrival.queue.did,
    externalNumber: arrival.queue.did,
    endMs,
    waitSec,
    durationSec: waitSec,
    outcome: OUTCOME_OF[event],
    event,
    startPosition,
    endPosition,
  });
  return record;
}

function inboundActivity(
  caller: CallerRuntime,
  phase: 'ringing' | 'talking',
  startMs: number,
  endMs: number,
): Omit<AgentActivity, 'agentId'> {
  const { uniqueid, arrival } = caller;
  const peer = arrival.callerNumber;
  return { kind: 'inbound', phase, startMs, endMs, uniqueid, queue: arrival.queue.name, peer };
}

import { planArrivals } from './arrivals';
import type { DayContext } from './day-context';
import { planAgents, type PausePlan } from './day-plan';
import { EventHeap } from './event-heap';
import { createRng, hashSeed, type Rng } from './prng';
import { QueueDesk } from './queue-desk';
import { runInternal, runOutbound } from './side-calls';
import {
  createUniqueidSource,
  newAgentRuntime,
  type AgentRuntime,
  type SimCore,
  type SimEvent,
} from './sim-state';
import type { AgentActivity, AgentDay, CallRecord } from './types';

export interface SimulatedDay {
  calls: CallRecord[];
  agents: Map<string, AgentDay>;
}

/** Discrete-event simulation of one local day: FIFO queues, shared agents, breaks, side calls. */
export function simulateDay(ctx: DayContext, seed: number, pool: readonly string[]): SimulatedDay {
  return new DaySimulation(ctx, seed, pool).run();
}

class DaySimulation implements SimCore {
  readonly rng: Rng;
  readonly agentsByExtension = new Map<string, AgentRuntime>();
  readonly nextUniqueid: (atMs: number) => string;
  private readonly heap = new EventHeap<SimEvent>();
  private readonly agents: AgentRuntime[];
  private readonly desk: QueueDesk;
  private readonly records: CallRecord[] = [];

  constructor(
    readonly ctx: DayContext,
    private readonly seed: number,
    readonly pool: readonly string[],
  ) {
    this.rng = createRng(hashSeed(seed, ctx.ordinal, 0x51));
    this.nextUniqueid = createUniqueidSource(ctx.ordinal);
    this.agents = ctx.center.agents.map(newAgentRuntime);
    for (const agent of this.agents) this.agentsByExtension.set(agent.def.extension, agent);
    this.desk = new QueueDesk(this, this.agents);
  }

  run(): SimulatedDay {
    for (const arrival of planArrivals(this.ctx, this.seed, this.pool)) {
      this.schedule(arrival.enterMs, { kind: 'arrival', arrival });
    }
    for (const plan of planAgents(this.ctx, this.seed)) {
      const agent = this.agentsByExtension.get(plan.agent.extension);
      if (!agent) continue;
      this.schedule(plan.loginMs, { kind: 'shiftStart', agent });
      this.schedule(plan.logoffMs, { kind: 'shiftEnd', agent });
      for (const p of plan.pauses) this.schedule(p.atMs, { kind: 'pause', agent, plan: p });
      for (const at of plan.outbound) {
        this.schedule(at, { kind: 'outbound', agent, attempt: 0, target: '' });
      }
      for (const i of plan.internal) {
        this.schedule(i.atMs, { kind: 'internal', agent, attempt: 0, target: i.target });
      }
    }
    for (let next = this.heap.pop(); next; next = this.heap.pop()) this.handle(next.at, next.value);
    const calls = this.records.sort((a, b) => a.enterMs - b.enterMs || channelOrder(a, b));
    const agents = new Map(this.agents.map((a) => [a.def.id, a.day]));
    return { calls, agents };
  }

  private handle(t: number, ev: SimEvent): void {
    switch (ev.kind) {
      case 'arrival':
        return this.desk.arrive(t, ev.arrival);
      case 'giveUp':
        return this.desk.giveUp(t, ev.caller);
      case 'connect':
        return this.desk.connect(t, ev.caller);
      case 'free':
        return this.agentFree(ev.agent, t);
      case 'shiftStart':
        ev.agent.loggedIn = true;
        ev.agent.sessionStartMs = t;
        return this.desk.dispatch(t);
      case 'shiftEnd':
        ev.agent.loggingOff = true;
        if (!ev.agent.busy) this.logoff(ev.agent, t);
        return;
      case 'pause':
        return this.requestPause(ev.agent, t, ev.plan);
      case 'unpause':
        if (ev.agent.paused && ev.agent.pauseToken === ev.token) this.endPause(ev.agent, t);
        return this.desk.dispatch(t);
      case 'outbound':
        return runOutbound(this, ev.agent, t, ev.attempt);
      case 'internal':
        return runInternal(this, ev.agent, t, ev.attempt, ev.target);
    }
  }

  agentFree(agent: AgentRuntime, t: number): void {
    agent.busy = false;
    agent.lastCallEndMs = t;
    if (agent.loggingOff) this.logoff(agent, t);
    else if (agent.pendingPause) this.startPause(agent, t, agent.pendingPause);
    this.desk.dispatch(t);
  }

  private logoff(agent: AgentRuntime, t: number): void {
    if (!agent.loggedIn) return;
    if (agent.paused) this.endPause(agent, t);
    agent.day.sessions.push({ startMs: agent.sessionStartMs, endMs: t });
    agent.loggedIn = false;
    agent.loggingOff = false;
    agent.pendingPause = null;
  }

  /** A pause asked for during a call starts when the call ends (as agents do). */
  private requestPause(agent: AgentRuntime, t: number, plan: PausePlan): void {
    if (!agent.loggedIn || agent.loggingOff || agent.paused) return;
    if (agent.busy) agent.pendingPause = { durationMs: plan.durationMs, reason: plan.reason };
    else this.startPause(agent, t, plan);
  }

  private startPause(
    agent: AgentRuntime,
    t: number,
    plan: { durationMs: number; reason: string },
  ): void {
    agent.paused = { startMs: t, endMs: t, reason: plan.reason };
    agent.pendingPause = null;
    agent.pauseToken += 1;
    this.schedule(t + plan.durationMs, { kind: 'unpause', agent, token: agent.pauseToken });
  }

  private endPause(agent: AgentRuntime, t: number): void {
    const p = agent.paused;
    if (p && t > p.startMs) agent.day.pauses.push({ ...p, endMs: t });
    agent.paused = null;
  }

  schedule(atMs: number, event: SimEvent): void {
    this.heap.push(atMs, event);
  }

  isIdle(agent: AgentRuntime): boolean {
    return agent.loggedIn && !agent.paused && !agent.busy;
  }

  hasWaitingFor(agent: AgentRuntime): boolean {
    return this.desk.hasWaitingFor(agent);
  }

  occupyUntil(agent: AgentRuntime, atMs: number): void {
    agent.busy = true;
    this.schedule(atMs, { kind: 'free', agent });
  }

  addRecord(record: CallRecord): void {
    this.records.push(record);
  }

  addActivity(agent: AgentRuntime, activity: Omit<AgentActivity, 'agentId'>): void {
    if (activity.endMs > activity.startMs) {
      agent.day.activities.push({ agentId: agent.def.id, ...activity });
    }
  }

  retry(
    kind: 'outbound' | 'internal',
    agent: AgentRuntime,
    atMs: number,
    attempt: number,
    target: string,
  ): void {
    if (attempt >= 3) return;
    this.schedule(atMs + this.rng.int(120, 360) * 1000, {
      kind,
      agent,
      attempt: attempt + 1,
      target,
    });
  }
}

/** Same-second calls keep channel-creation order (the uniqueid counter). */
function channelOrder(a: CallRecord, b: CallRecord): number {
  return Number(a.uniqueid.split('.')[1] ?? 0) - Number(b.uniqueid.split('.')[1] ?? 0);
}

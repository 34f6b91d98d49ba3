import { clamp, lognormal } from './distributions';
import { customerNumber } from './numbers';
import { OUTBOUND_TRUNKS } from './roster';
import { agentFields, baseRecord, type AgentRuntime, type SimCore } from './sim-state';
import type { CallRecord, Outcome } from './types';

const LATEST_START_BEFORE_MIDNIGHT_MS = 15 * 60_000;

function canDial(sim: SimCore, agent: AgentRuntime, atMs: number): boolean {
  if (atMs > sim.ctx.endMs - LATEST_START_BEFORE_MIDNIGHT_MS) return false;
  return sim.isIdle(agent) && !agent.loggingOff && !sim.hasWaitingFor(agent);
}

/** Keeps every agent activity inside the generated day (day-plan: nobody works past 23:59). */
function capEnd(sim: SimCore, endMs: number): number {
  return Math.min(endMs, sim.ctx.endMs - 1000);
}

/** A dialled call's timing: it rings from atMs, connects at connectMs (or never), ends at endMs. */
function dialTiming(
  atMs: number,
  ringSec: number,
  connectMs: number | null,
  endMs: number,
): Pick<CallRecord, 'ringStartMs' | 'connectMs' | 'endMs' | 'ringSec' | 'talkSec' | 'durationSec'> {
  return {
    ringStartMs: atMs,
    connectMs,
    endMs,
    ringSec,
    talkSec: connectMs === null ? 0 : Math.round((endMs - connectMs) / 1000),
    durationSec: Math.round((endMs - atMs) / 1000),
  };
}

/** An agent dials a customer through an outbound trunk. */
export function runOutbound(
  sim: SimCore,
  agent: AgentRuntime,
  atMs: number,
  attempt: number,
): void {
  if (!canDial(sim, agent, atMs)) {
    sim.retry('outbound', agent, atMs, attempt, '');
    return;
  }
  const { rng } = sim;
  const outcome = rng.weighted<Outcome>(['answered', 'noanswer', 'busy', 'failed'], [62, 22, 9, 7]);
  const ringSec =
    outcome === 'answered'
      ? clamp(Math.round(lognormal(rng, 11, 0.4)), 3, 45)
      : outcome === 'noanswer'
        ? rng.int(30, 45)
        : outcome === 'busy'
          ? rng.int(2, 6)
          : rng.int(0, 2);
  const connectMs = outcome === 'answered' ? atMs + ringSec * 1000 : null;
  const talkSec = connectMs === null ? 0 : clamp(Math.round(lognormal(rng, 110, 0.8)), 5, 1800);
  const endMs = capEnd(sim, (connectMs ?? atMs + ringSec * 1000) + talkSec * 1000);
  const uniqueid = sim.nextUniqueid(atMs);
  const customer = customerNumber(rng, sim.pool);
  const record = baseRecord(uniqueid, atMs);
  Object.assign(record, agentFields(agent), {
    direction: 'outgoing',
    callerNumber: agent.def.extension,
    callerName: agent.def.name,
    calledNumber: customer,
    externalNumber: rng.weighted(OUTBOUND_TRUNKS, [8, 2]),
    ...dialTiming(atMs, ringSec, connectMs, endMs),
    outcome,
    recording: connectMs === null ? null : `${uniqueid}.wav`,
  });
  sim.addRecord(record);
  sim.addActivity(agent, {
    kind: 'outbound',
    phase: 'talking',
    startMs: atMs,
    endMs,
    uniqueid,
    queue: null,
    peer: customer,
  });
  sim.occupyUntil(agent, endMs);
}

/** An agent calls another extension: a colleague (both phones busy) or a back-office phone. */
export function runInternal(
  sim: SimCore,
  agent: AgentRuntime,
  atMs: number,
  attempt: number,
  target: string,
): void {
  if (!canDial(sim, agent, atMs)) {
    sim.retry('internal', agent, atMs, attempt, target);
    return;
  }
  const { rng } = sim;
  const callee = sim.agentsByExtension.get(target) ?? null;
  let outcome: Outcome;
  if (callee) {
    if (callee.busy) outcome = 'busy';
    else if (sim.isIdle(callee)) outcome = 'answered';
    else outcome = 'noanswer';
  } else {
    outcome = rng.chance(0.8) ? 'answered' : 'noanswer';
  }
  const ringSec =
    outcome === 'answered' ? rng.int(2, 9) : outcome === 'busy' ? rng.int(0, 1) : rng.int(20, 30);
  const connectMs = outcome === 'answered' ? atMs + ringSec * 1000 : null;
  const talkSec = connectMs === null ? 0 : clamp(Math.round(lognormal(rng, 60, 0.7)), 5, 900);
  const endMs = capEnd(sim, (connectMs ?? atMs + ringSec * 1000) + talkSec * 1000);
  const uniqueid = sim.nextUniqueid(atMs);
  const record = baseRecord(uniqueid, atMs);
  Object.assign(record, agentFields(agent), {
    direction: 'internal',
    callerNumber: agent.def.extension,
    callerName: agent.def.name,
    calledNumber: target,
    targetAgentId: callee?.def.id ?? null,
    ...dialTiming(atMs, ringSec, connectMs, endMs),
    outcome,
  });
  sim.addRecord(record);
  const activity = { kind: 'internal' as const, uniqueid, queue: null };
  sim.addActivity(agent, { ...activity, phase: 'talking', startMs: atMs, endMs, peer: target });
  sim.occupyUntil(agent, endMs);
  if (callee && connectMs !== null) {
    const peer = agent.def.extension;
    sim.addActivity(callee, {
      ...activity,
      phase: 'ringing',
      startMs: atMs,
      endMs: connectMs,
      peer,
    });
    sim.addActivity(callee, { ...activity, phase: 'talking', startMs: connectMs, endMs, peer });
    sim.occupyUntil(callee, endMs);
  }
}

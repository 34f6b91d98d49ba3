import type { Arrival } from './arrivals';
import type { DayContext } from './day-context';
import type { PausePlan } from './day-plan';
import type { Rng } from './prng';
import type { AgentDef } from './roster';
import type { AgentActivity, AgentDay, CallRecord, PauseInterval } from './types';

export interface AgentRuntime {
  def: AgentDef;
  loggedIn: boolean;
  /** Shift is over; logs off as soon as the phone is free. */
  loggingOff: boolean;
  paused: PauseInterval | null;
  pendingPause: { durationMs: number; reason: string } | null;
  pauseToken: number;
  /** Phone occupied (ringing or on any call). */
  busy: boolean;
  lastCallEndMs: number;
  sessionStartMs: number;
  day: AgentDay;
}

export interface CallerRuntime {
  arrival: Arrival;
  uniqueid: string;
  state: 'waiting' | 'ringing' | 'connected' | 'done';
  startPosition: number;
  agent: AgentRuntime | null;
  ringStartMs: number;
  /** Uniqueid of the agent channel created when the agent is rung. */
  agentLeg: string;
}

export type SimEvent =
  | { kind: 'arrival'; arrival: Arrival }
  | { kind: 'giveUp' | 'connect'; caller: CallerRuntime }
  | { kind: 'free' | 'shiftStart' | 'shiftEnd'; agent: AgentRuntime }
  | { kind: 'pause'; agent: AgentRuntime; plan: PausePlan }
  | { kind: 'unpause'; agent: AgentRuntime; token: number }
  | { kind: 'outbound' | 'internal'; agent: AgentRuntime; attempt: number; target: string };

/** What the queue and outbound/internal call logic need from the running simulation. */
export interface SimCore {
  ctx: DayContext;
  rng: Rng;
  /** Repeat-caller numbers shared by all days of a seed. */
  pool: readonly string[];
  agentsByExtension: Map<string, AgentRuntime>;
  nextUniqueid(atMs: number): string;
  addRecord(record: CallRecord): void;
  addActivity(agent: AgentRuntime, activity: Omit<AgentActivity, 'agentId'>): void;
  /** Logged in, not paused, phone free. */
  isIdle(agent: AgentRuntime): boolean;
  /** Callers waiting in any of the agent's queues (agents don't dial out then). */
  hasWaitingFor(agent: AgentRuntime): boolean;
  /** Marks the phone busy until atMs, then runs the agent-free logic. */
  occupyUntil(agent: AgentRuntime, atMs: number): void;
  /** Phone free now: logs off, starts a pending pause, or takes the next caller. */
  agentFree(agent: AgentRuntime, atMs: number): void;
  schedule(atMs: number, event: SimEvent): void;
  retry(
    kind: 'outbound' | 'internal',
    agent: AgentRuntime,
    atMs: number,
    attempt: number,
    target: string,
  ): void;
}

/** Asterisk-style uniqueids: epoch seconds + a per-boot channel counter. */
export function createUniqueidSource(ordinal: number): (atMs: number) => string {
  let counter = 1000 + ((ordinal * 7919) % 40_000);
  return (atMs) => {
    counter += 1;
    return `${Math.floor(atMs / 1000)}.${counter}`;
  };
}

export function newAgentRuntime(def: AgentDef): AgentRuntime {
  return {
    def,
    loggedIn: false,
    loggingOff: false,
    paused: null,
    pendingPause: null,
    pauseToken: 0,
    busy: false,
    lastCallEndMs: 0,
    sessionStartMs: 0,
    day: { agentId: def.id, sessions: [], pauses: [], activities: [] },
  };
}

/** A record with everything blank; builders fill in what applies. */
export function baseRecord(uniqueid: string, enterMs: number): CallRecord {
  return {
    uniqueid,
    agentLegUniqueid: null,
    direction: 'incoming',
    queue: null,
    agentId: null,
    agentName: null,
    agentExtension: null,
    callerNumber: '',
    callerName: '',
    calledNumber: '',
    did: null,
    externalNumber: null,
    targetAgentId: null,
    enterMs,
    ringStartMs: null,
    connectMs: null,
    endMs: enterMs,
    waitSec: 0,
    ringSec: 0,
    talkSec: 0,
    durationSec: 0,
    outcome: 'answered',
    event: null,
    startPosition: null,
    endPosition: null,
    recording: null,
  };
}

export function agentFields(
  agent: AgentRuntime,
): Pick<CallRecord, 'agentId' | 'agentName' | 'agentExtension'> {
  return { agentId: agent.def.id, agentName: agent.def.name, agentExtension: agent.def.extension };
}

import type { AgentStatus } from '@/lib/model/live-queues';

/** An agent's state as Callboard saw it, and since when. */
export interface SeenState {
  status: AgentStatus;
  paused: boolean;
  /** When Callboard first saw this state (ms since epoch). */
  sinceMs: number;
  /** The agent was already in this state when Callboard first looked: it began earlier. */
  beganBeforeFirstLook: boolean;
}

export interface AgentSnapshot {
  key: string;
  status: AgentStatus;
  paused: boolean;
}

/**
 * The upstream gives no time in state, so the browser tracks it: a state keeps its start while it
 * lasts and restarts when it changes; agents no longer listed are forgotten.
 */
export function trackAgentStates(
  previous: ReadonlyMap<string, SeenState>,
  snapshot: readonly AgentSnapshot[],
  nowMs: number,
): Map<string, SeenState> {
  const next = new Map<string, SeenState>();
  for (const agent of snapshot) {
    const before = previous.get(agent.key);
    if (before && before.status === agent.status && before.paused === agent.paused) {
      next.set(agent.key, before);
      continue;
    }
    next.set(agent.key, {
      status: agent.status,
      paused: agent.paused,
      sinceMs: nowMs,
      beganBeforeFirstLook: before === undefined,
    });
  }
  return next;
}

const stateOrder: Record<AgentStatus, number> = {
  ringing: 0,
  busy: 1,
  available: 2,
  paused: 3,
  unknown: 4,
  loggedOff: 5,
};

/**
 * Agents who are logged in first, by what needs attention (ringing, on a call, free, paused),
 * then by name; logged-off agents apart, so a long roster does not bury the working ones.
 */
export function splitAgents<T extends { name: string; status: AgentStatus }>(
  agents: readonly T[],
): { active: T[]; loggedOff: T[] } {
  const sorted = [...agents].sort(
    (a, b) => stateOrder[a.status] - stateOrder[b.status] || a.name.localeCompare(b.name),
  );
  return {
    active: sorted.filter((agent) => agent.status !== 'loggedOff'),
    loggedOff: sorted.filter((agent) => agent.status === 'loggedOff'),
  };
}

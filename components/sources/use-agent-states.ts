'use client';

import { useState } from 'react';
import type { LiveQueuesResponse } from '@/lib/model/live-queues';
import { trackAgentStates, type SeenState } from './agent-state-tracker';
import { agentKey } from './agent-states';

/** Tracks since when each agent has been in its state, across live snapshots. */
export function useAgentStates(
  data: LiveQueuesResponse | undefined,
  receivedAtMs: number,
): ReadonlyMap<string, SeenState> {
  const [tracked, setTracked] = useState<{
    data: LiveQueuesResponse | undefined;
    seen: Map<string, SeenState>;
  }>({ data: undefined, seen: new Map() });
  // Derived while rendering (React's "state from previous render" pattern): one step per snapshot.
  if (data && tracked.data !== data) {
    const snapshot = data.queues.flatMap((queue) =>
      queue.agents.list.map((agent) => ({
        key: agentKey(queue.id, agent.name),
        status: agent.status,
        paused: agent.paused,
      })),
    );
    setTracked({ data, seen: trackAgentStates(tracked.seen, snapshot, receivedAtMs) });
  }
  return tracked.seen;
}

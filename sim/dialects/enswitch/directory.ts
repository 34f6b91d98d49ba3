import type { Engine } from '../../engine/engine';

/** Enswitch ids of the engine's queues, in roster order: support 123, sales 124, billing 125, … */
export const ENSWITCH_FIRST_QUEUE_ID = 123;
/** The customer the demo user belongs to (queues/active/list `customer`). */
export const ENSWITCH_CUSTOMER_ID = 1000;

export interface EnswitchQueue {
  id: number;
  name: string;
}

/** A row of queue_destinations: one agent's phone as a member of one queue. */
export interface Destination {
  id: number;
  queue: number;
  queueName: string;
  agentId: string;
  dtype: 'phone';
  dnumber: string;
  /** Enswitch priority 1-10 = Asterisk penalty + 1. */
  priority: number;
}

export interface Directory {
  queues: EnswitchQueue[];
  destinations: Destination[];
  queueById(id: number): EnswitchQueue | undefined;
  destinationById(id: number): Destination | undefined;
}

/** Destination id = queue id × 100 + the member's 1-based place in the roster (12301, 12302, …). */
export function createDirectory(engine: Engine): Directory {
  const queues = engine.queues.map((q, i) => ({ id: ENSWITCH_FIRST_QUEUE_ID + i, name: q.name }));
  const destinations: Destination[] = [];
  for (const queue of queues) {
    let n = 0;
    for (const agent of engine.agents) {
      const membership = agent.queues.find((m) => m.queue === queue.name);
      if (!membership) continue;
      n += 1;
      destinations.push({
        id: queue.id * 100 + n,
        queue: queue.id,
        queueName: queue.name,
        agentId: agent.id,
        dtype: 'phone',
        dnumber: agent.extension,
        priority: Math.min(10, membership.penalty + 1),
      });
    }
  }
  return {
    queues,
    destinations,
    queueById: (id) => queues.find((q) => q.id === id),
    destinationById: (id) => destinations.find((d) => d.id === id),
  };
}

import type { Engine } from '../../engine/engine';
import type { Row } from './format';

/** Pseudo rows Asternic lists beside real queues/agents. */
const QUEUE_NONE_ID = '5';
const AGENT_NONE_ID = '10';

export function queueRows(engine: Engine): Row[] {
  const real = [...engine.queues]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((q) => ({ queue_id: q.asternicId, queue: q.name, queue_name: q.name }));
  return [
    ...real,
    { queue_id: '-1', queue: 'ALL', queue_name: 'ALL' },
    { queue_id: QUEUE_NONE_ID, queue: 'NONE', queue_name: 'NONE' },
  ];
}

export function agentRows(engine: Engine): Row[] {
  const real = [...engine.agents]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((a) => ({ agent_id: a.id, agent: a.name, agent_name: a.name }));
  return [
    { agent_id: '-1', agent: 'ALL', agent_name: 'ALL' },
    ...real,
    { agent_id: AGENT_NONE_ID, agent: 'NONE', agent_name: 'NONE' },
  ];
}

/** `queues/<id>` and `agents/<id>`: the one matching row, or an empty list. */
export function pickById(rows: Row[], idKey: string, id: string): { data: Row[] } {
  return { data: rows.filter((r) => r[idKey] === id) };
}

import type { Engine } from '../../engine/engine';
import type { Directory, EnswitchQueue } from './directory';

export type ActiveSort = 'callerid_internal' | 'queue_name' | 'queue_start';
export const ACTIVE_SORTS: readonly ActiveSort[] = [
  'callerid_internal',
  'queue_name',
  'queue_start',
];

export interface ActiveRow {
  uniqueid: string;
  start: number;
  queue: number;
  queue_name: string;
  queue_start: number;
  callerid: string;
  callerid_internal: string;
  answered: 0 | 1;
  dtype: string;
  dnumber: string;
}

export interface ActiveQuery {
  /** null = every queue of the customer. */
  queue: EnswitchQueue | null;
  includeAnswered: boolean;
  sort: ActiveSort;
  descending: boolean;
}

/**
 * Calls in a queue right now: waiting (including while a member's phone rings) and, with
 * answered=1, also those talking to a member. One row per caller leg.
 */
export function activeCalls(
  engine: Engine,
  directory: Directory,
  query: ActiveQuery,
  nowMs: number,
): ActiveRow[] {
  const queues = new Map(directory.queues.map((q) => [q.name, q] as const));
  const wanted = (name: string | null): EnswitchQueue | undefined => {
    const q = name === null ? undefined : queues.get(name);
    return q && (query.queue === null || query.queue.id === q.id) ? q : undefined;
  };
  const rows: ActiveRow[] = [];
  const row = (q: EnswitchQueue, uniqueid: string, enterMs: number, caller: string) => {
    const start = Math.floor(enterMs / 1000);
    const base = { uniqueid, start, queue: q.id, queue_name: q.name, queue_start: start };
    return { ...base, callerid: caller, callerid_internal: caller };
  };
  for (const w of engine.liveState(nowMs).waiting) {
    const q = wanted(w.queue);
    if (q) rows.push({ ...row(q, w.uniqueid, w.enterMs, w.callerNumber), ...unanswered });
  }
  if (query.includeAnswered) {
    for (const c of engine.day(engine.dayKeyOf(nowMs)).calls) {
      const q = wanted(c.queue);
      if (!q || c.connectMs === null || c.connectMs > nowMs || c.endMs <= nowMs) continue;
      const member = { answered: 1 as const, dtype: 'phone', dnumber: c.agentExtension ?? '' };
      rows.push({ ...row(q, c.uniqueid, c.enterMs, c.callerNumber), ...member });
    }
  }
  const cmp = (a: ActiveRow, b: ActiveRow): number => {
    const x = a[query.sort];
    const y = b[query.sort];
    if (x !== y) return x < y ? -1 : 1;
    if (a.queue_start !== b.queue_start) return a.queue_start - b.queue_start;
    return a.uniqueid < b.uniqueid ? -1 : a.uniqueid > b.uniqueid ? 1 : 0;
  };
  rows.sort(cmp);
  return query.descending ? rows.reverse() : rows;
}

const unanswered = { answered: 0 as const, dtype: '', dnumber: '' };

import { sumKnown } from '@/lib/model/sum-known';
import type { AgentStats, ExternalNumberStats } from '@/lib/model/stats';

export type SortDirection = 'asc' | 'desc';
export type Cell = string | number | null;

/** An agent as one flat table row; null where the source cannot tell. */
export interface AgentRow {
  [key: string]: Cell;
  agent: string;
  extension: string | null;
  inCalls: number | null;
  inAnswered: number | null;
  inNotAnswered: number | null;
  inTalkSeconds: number | null;
  outCalls: number | null;
  outTalkSeconds: number | null;
}

export const agentNumberColumns = [
  'inCalls',
  'inAnswered',
  'inNotAnswered',
  'inTalkSeconds',
  'outCalls',
  'outTalkSeconds',
] as const;

export function agentRows(agents: readonly AgentStats[]): AgentRow[] {
  return agents.map((agent) => ({
    agent: agent.name ?? agent.extension ?? agent.id,
    extension: agent.extension,
    inCalls: agent.incoming?.calls ?? null,
    inAnswered: agent.incoming?.answered ?? null,
    inNotAnswered: agent.incoming?.notAnswered ?? null,
    inTalkSeconds: agent.incoming?.talkSeconds ?? null,
    outCalls: agent.outgoing?.calls ?? null,
    outTalkSeconds: agent.outgoing?.talkSeconds ?? null,
  }));
}

/** An external (trunk) number as one flat table row. */
export interface NumberRow {
  [key: string]: Cell;
  number: string;
  inTotal: number | null;
  inNotAnswered: number | null;
  outTotal: number | null;
  outNotAnswered: number | null;
  internalTotal: number | null;
}

export const numberNumberColumns = [
  'inTotal',
  'inNotAnswered',
  'outTotal',
  'outNotAnswered',
  'internalTotal',
] as const;

export function numberRows(numbers: readonly ExternalNumberStats[]): NumberRow[] {
  return numbers.map((entry) => ({
    number: entry.number,
    inTotal: entry.incoming?.total ?? null,
    inNotAnswered: entry.incoming?.notAnswered ?? null,
    outTotal: entry.outgoing?.total ?? null,
    outNotAnswered: entry.outgoing?.notAnswered ?? null,
    internalTotal: entry.internal?.total ?? null,
  }));
}

/** Sorted copy: numbers by value, text by locale; unknown (null) values last in either order. */
export function sortRows<R extends Record<string, Cell>>(
  rows: readonly R[],
  key: keyof R,
  direction: SortDirection,
): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y), undefined, { numeric: true });
  });
}

/** Rows whose text columns contain the query, case-insensitively; an empty query keeps all. */
export function searchRows<R extends Record<string, Cell>>(
  rows: readonly R[],
  query: string,
  fields: readonly (keyof R)[],
): R[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((row) =>
    fields.some((field) =>
      String(row[field] ?? '')
        .toLowerCase()
        .includes(needle),
    ),
  );
}

/**
 * Column sums for a totals row. A column with any unknown value has an unknown total: adding up
 * only the known part would understate it and look exact.
 */
export function totalRow<K extends string>(
  rows: readonly Record<K, Cell>[],
  columns: readonly K[],
): Record<K, number | null> {
  const totals = {} as Record<K, number | null>;
  for (const column of columns) {
    totals[column] = sumKnown(
      rows.map((row) => (typeof row[column] === 'number' ? row[column] : null)),
    );
  }
  return totals;
}

import { sumKnown } from '@/lib/model/sum-known';
import type { AgentStats } from '@/lib/model/stats';

/** One row of today's agent table, flattened for display and sorting. */
export interface AgentRow {
  id: string;
  name: string;
  extension: string | null;
  incomingCalls: number | null;
  answered: number | null;
  notAnswered: number | null;
  talkSeconds: number | null;
  /** Talk time per answered call. */
  avgTalkSeconds: number | null;
  outgoingCalls: number | null;
  outgoingTalkSeconds: number | null;
}

export type AgentColumn = Exclude<keyof AgentRow, 'id' | 'extension'>;
export type SortDirection = 'ascending' | 'descending';

export function agentRow(agent: AgentStats): AgentRow {
  const incoming = agent.incoming;
  const answered = incoming?.answered ?? null;
  const talk = incoming?.talkSeconds ?? null;
  return {
    id: agent.id,
    name: agent.name ?? agent.extension ?? agent.id,
    extension: agent.extension,
    incomingCalls: incoming?.calls ?? null,
    answered,
    notAnswered: incoming?.notAnswered ?? null,
    talkSeconds: talk,
    avgTalkSeconds: answered && talk !== null ? talk / answered : null,
    outgoingCalls: agent.outgoing?.calls ?? null,
    outgoingTalkSeconds: agent.outgoing?.talkSeconds ?? null,
  };
}

/** Sorted copy; unknown figures go last in either direction, ties by name. */
export function sortAgentRows(
  rows: readonly AgentRow[],
  column: AgentColumn,
  direction: SortDirection,
): AgentRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[column];
    const y = b[column];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return (
        (typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : x < y ? -1 : 1) *
        sign
      );
    }
    return a.name.localeCompare(b.name);
  });
}

/** The totals row: sums, and average talk over all answered calls (not an average of averages). */
export function agentTotals(
  rows: readonly AgentRow[],
): Omit<AgentRow, 'id' | 'name' | 'extension'> {
  const answered = sumKnown(
    rows.map((r) => r.answered),
    0,
  );
  const talk = sumKnown(
    rows.map((r) => r.talkSeconds),
    0,
  );
  return {
    incomingCalls: sumKnown(
      rows.map((r) => r.incomingCalls),
      0,
    ),
    answered,
    notAnswered: sumKnown(
      rows.map((r) => r.notAnswered),
      0,
    ),
    talkSeconds: talk,
    avgTalkSeconds: answered && talk !== null ? talk / answered : null,
    outgoingCalls: sumKnown(
      rows.map((r) => r.outgoingCalls),
      0,
    ),
    outgoingTalkSeconds: sumKnown(
      rows.map((r) => r.outgoingTalkSeconds),
      0,
    ),
  };
}

import type { AgentStats } from '@/lib/model/stats';
import { totalRow, type Cell } from '@/lib/reports/table-rows';

/** One row of today's agent table, flattened for display and sorting. */
export interface AgentRow {
  [key: string]: Cell;
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

const summed = [
  'incomingCalls',
  'answered',
  'notAnswered',
  'talkSeconds',
  'outgoingCalls',
  'outgoingTalkSeconds',
] as const;

/** The totals row: sums, and average talk over all answered calls (not an average of averages). */
export function agentTotals(
  rows: readonly AgentRow[],
): Omit<AgentRow, 'id' | 'name' | 'extension'> {
  const sums = totalRow(rows, summed);
  const { answered, talkSeconds } = sums;
  return {
    ...sums,
    avgTalkSeconds: answered && talkSeconds !== null ? talkSeconds / answered : null,
  };
}

import { describe, expect, it } from 'vitest';
import type { AgentStats } from '@/lib/model/stats';
import { sortRows } from '@/lib/reports/table-rows';
import { agentRow, agentTotals } from './agent-table-data';

const agent = (
  id: string,
  name: string | null,
  answered: number | null,
  talkSeconds: number | null,
  outgoing: number | null = null,
): AgentStats => ({
  id,
  name,
  extension: `1${id}`,
  incoming: {
    calls: answered === null ? null : answered + 1,
    answered,
    notAnswered: 1,
    durationSeconds: null,
    talkSeconds,
  },
  outgoing:
    outgoing === null
      ? null
      : {
          calls: outgoing,
          answered: null,
          notAnswered: null,
          durationSeconds: null,
          talkSeconds: 60,
        },
});

describe('agentRow', () => {
  it('flattens the figures and works out talk per answered call', () => {
    expect(agentRow(agent('1', 'Ann', 4, 400, 2))).toEqual({
      id: '1',
      name: 'Ann',
      extension: '11',
      incomingCalls: 5,
      answered: 4,
      notAnswered: 1,
      talkSeconds: 400,
      avgTalkSeconds: 100,
      outgoingCalls: 2,
      outgoingTalkSeconds: 60,
    });
  });

  it('names an agent by extension when the source has no name, and never divides by zero', () => {
    const row = agentRow(agent('2', null, 0, 0));
    expect(row.name).toBe('12');
    expect(row.avgTalkSeconds).toBeNull();
  });
});

// The page's table sorts with the shared sortRows (components/ui/sortable-table.tsx).
describe('sorting agent rows', () => {
  const rows = [agent('1', 'Cid', 3, 1), agent('2', 'Ann', null, 1), agent('3', 'Bob', 9, 1)].map(
    agentRow,
  );

  it('sorts either way with unknown figures last', () => {
    expect(sortRows(rows, 'answered', 'desc').map((r) => r.name)).toEqual(['Bob', 'Cid', 'Ann']);
    expect(sortRows(rows, 'answered', 'asc').map((r) => r.name)).toEqual(['Cid', 'Bob', 'Ann']);
  });

  it('sorts names alphabetically', () => {
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['Ann', 'Bob', 'Cid']);
  });
});

describe('agentTotals', () => {
  it('adds the figures and averages talk over all answered calls', () => {
    const totals = agentTotals(
      [agent('1', 'Ann', 1, 100), agent('2', 'Bob', 3, 500)].map(agentRow),
    );
    expect(totals).toMatchObject({
      answered: 4,
      talkSeconds: 600,
      avgTalkSeconds: 150,
      notAnswered: 2,
    });
  });

  it('keeps a total unknown when one agent’s figure is unknown', () => {
    const totals = agentTotals(
      [agent('1', 'Ann', 1, 100), agent('2', 'Bob', null, 500)].map(agentRow),
    );
    expect(totals.answered).toBeNull();
    expect(totals.outgoingCalls).toBeNull();
  });
});

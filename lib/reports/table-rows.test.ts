import { describe, expect, it } from 'vitest';
import type { AgentStats } from '@/lib/model/stats';
import { agentRows, numberRows, searchRows, sortRows, totalRow } from './table-rows';

const direction = (calls: number, talk: number | null) => ({
  calls,
  answered: calls - 1,
  notAnswered: 1,
  durationSeconds: null,
  talkSeconds: talk,
});

const agents: AgentStats[] = [
  { id: '101', name: 'Ann Lee', extension: '101', incoming: direction(10, 600), outgoing: null },
  { id: '102', name: null, extension: '102', incoming: direction(4, 120), outgoing: null },
  { id: 'x', name: 'Bob Stone', extension: null, incoming: direction(7, null), outgoing: null },
];

describe('agentRows', () => {
  it('flattens agents, naming one by extension or id when it has no name', () => {
    const rows = agentRows(agents);
    expect(rows.map((row) => row.agent)).toEqual(['Ann Lee', '102', 'Bob Stone']);
    expect(rows[0]).toMatchObject({
      inCalls: 10,
      inAnswered: 9,
      inTalkSeconds: 600,
      outCalls: null,
    });
  });
});

describe('sortRows', () => {
  const rows = agentRows(agents);

  it('sorts numbers both ways with unknown values last', () => {
    expect(sortRows(rows, 'inCalls', 'desc').map((row) => row.inCalls)).toEqual([10, 7, 4]);
    expect(sortRows(rows, 'inTalkSeconds', 'asc').map((row) => row.inTalkSeconds)).toEqual([
      120,
      600,
      null,
    ]);
    expect(sortRows(rows, 'inTalkSeconds', 'desc').map((row) => row.inTalkSeconds)).toEqual([
      600,
      120,
      null,
    ]);
  });

  it('sorts text naturally', () => {
    expect(sortRows(rows, 'agent', 'asc').map((row) => row.agent)).toEqual([
      '102',
      'Ann Lee',
      'Bob Stone',
    ]);
  });
});

describe('searchRows', () => {
  it('finds by any listed field, ignoring case', () => {
    const rows = agentRows(agents);
    expect(searchRows(rows, 'ann', ['agent', 'extension']).map((row) => row.agent)).toEqual([
      'Ann Lee',
    ]);
    expect(searchRows(rows, '10', ['agent', 'extension'])).toHaveLength(2);
    expect(searchRows(rows, '  ', ['agent'])).toHaveLength(3);
  });
});

describe('totalRow', () => {
  it('adds known columns and leaves a column with an unknown value unknown', () => {
    const rows = agentRows(agents);
    expect(totalRow(rows, ['inCalls', 'inTalkSeconds', 'outCalls'])).toEqual({
      inCalls: 21,
      inTalkSeconds: null,
      outCalls: null,
    });
    expect(totalRow([], ['inCalls'])).toEqual({ inCalls: null });
  });
});

describe('numberRows', () => {
  it('flattens external numbers', () => {
    expect(
      numberRows([
        {
          number: '781130592',
          incoming: { total: 5, notAnswered: 1 },
          outgoing: null,
          internal: { total: 0, notAnswered: 0 },
        },
      ]),
    ).toEqual([
      {
        number: '781130592',
        inTotal: 5,
        inNotAnswered: 1,
        outTotal: null,
        outNotAnswered: null,
        internalTotal: 0,
      },
    ]);
  });
});

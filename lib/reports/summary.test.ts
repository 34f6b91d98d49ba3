import { describe, expect, it } from 'vitest';
import type { DirectionTotals } from '@/lib/model/stats';
import { directionFigures, summaryIsEmpty, summaryRows } from './summary';

const totals = (over: Partial<DirectionTotals>): DirectionTotals => ({
  total: 10,
  answered: 8,
  notAnswered: 2,
  busy: null,
  failed: null,
  durationSeconds: null,
  talkSeconds: 800,
  ...over,
});

describe('directionFigures', () => {
  it('averages talk time over answered calls', () => {
    expect(directionFigures(totals({})).averageTalkSeconds).toBe(100);
  });

  it('leaves the average unknown without talk time or answered calls', () => {
    expect(directionFigures(totals({ talkSeconds: null })).averageTalkSeconds).toBeNull();
    expect(directionFigures(totals({ answered: 0 })).averageTalkSeconds).toBeNull();
    expect(directionFigures(totals({ answered: null })).averageTalkSeconds).toBeNull();
  });
});

describe('summaryRows and summaryIsEmpty', () => {
  it('lists the reported directions only, and sees a zero period as empty', () => {
    const summary = { incoming: totals({}), outgoing: null, internal: totals({ total: 0 }) };
    expect(summaryRows(summary).map((row) => row.direction)).toEqual(['incoming', 'internal']);
    expect(summaryIsEmpty(summary)).toBe(false);
    expect(summaryIsEmpty({ incoming: totals({ total: 0 }), outgoing: null, internal: null })).toBe(
      true,
    );
  });
});

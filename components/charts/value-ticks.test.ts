import { describe, expect, it } from 'vitest';
import type { CallsChartData } from './calls-chart-data';
import { valueTicks } from './value-ticks';

const data = (stacks: number[][], comparison: (number | null)[] = []): CallsChartData => ({
  rows: stacks.map(([incoming = 0, outgoing = 0], i) => ({
    start: String(i),
    label: String(i),
    incoming,
    outgoing,
    comparison: comparison[i] ?? null,
  })),
  series: ['incoming', 'outgoing'],
  hasComparison: comparison.length > 0,
  downsampled: null,
});

describe('valueTicks', () => {
  it('steps by 1, 2 or 5 × 10ⁿ up to the tallest stack', () => {
    expect(
      valueTicks(
        data([
          [300, 36],
          [10, 2],
        ]),
      ),
    ).toEqual([0, 100, 200, 300, 400]);
    expect(valueTicks(data([[61, 4]]))).toEqual([0, 20, 40, 60, 80]);
    expect(valueTicks(data([[1500, 180]]))).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it('reaches the comparison line when it is higher than every stack', () => {
    expect(valueTicks(data([[10, 0]], [47]))).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('counts whole calls on a quiet chart, and draws an axis for an all-zero one', () => {
    expect(valueTicks(data([[2, 1]]))).toEqual([0, 1, 2, 3]);
    expect(valueTicks(data([[0, 0]]))).toEqual([0, 1]);
  });

  it('never draws more than five steps', () => {
    for (let top = 1; top < 5000; top += 7) {
      const ticks = valueTicks(data([[top, 0]]));
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(top);
    }
  });
});

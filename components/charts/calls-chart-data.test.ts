import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '@/lib/model/stats';
import { callsChartData } from './calls-chart-data';

const point = (
  hour: number,
  incoming: [number | null, number | null] | null,
  outgoing: [number | null, number | null] | null = null,
): SeriesPoint => ({
  start: `2026-12-04T${String(hour).padStart(2, '0')}:00:00+05:00`,
  incoming: incoming && { total: incoming[0], notAnswered: incoming[1] },
  outgoing: outgoing && { total: outgoing[0], notAnswered: outgoing[1] },
  internal: null,
});

describe('callsChartData', () => {
  it('gives each reported direction its totals and leaves unreported ones out', () => {
    const data = callsChartData([point(9, [12, 2], [4, 1]), point(10, [0, 0], [7, 0])], {
      mode: 'direction',
      bucket: 'hour',
    });
    expect(data.series).toEqual(['incoming', 'outgoing']);
    expect(data.rows).toEqual([
      {
        start: '2026-12-04T09:00:00+05:00',
        label: '09:00',
        comparison: null,
        incoming: 12,
        outgoing: 4,
      },
      {
        start: '2026-12-04T10:00:00+05:00',
        label: '10:00',
        comparison: null,
        incoming: 0,
        outgoing: 7,
      },
    ]);
    expect(data.downsampled).toBeNull();
    expect(data.hasComparison).toBe(false);
  });

  it('adds answered and not answered over the directions, unknown stays unknown', () => {
    const data = callsChartData([point(9, [12, 2], [4, 1]), point(10, [5, null])], {
      mode: 'outcome',
      bucket: 'hour',
    });
    expect(data.series).toEqual(['answered', 'notAnswered']);
    expect(data.rows[0]).toMatchObject({ answered: 13, notAnswered: 3 });
    // 5 calls but nobody knows how many were answered: never drawn as 5 answered or 0 missed.
    expect(data.rows[1]).toMatchObject({ answered: null, notAnswered: null });
  });

  it('draws nothing for a source that reports no direction at all', () => {
    const data = callsChartData([point(9, null)], { mode: 'outcome', bucket: 'hour' });
    expect(data.series).toEqual([]);
  });

  it('carries the comparison line beside each bucket', () => {
    const data = callsChartData([point(9, [1, 0]), point(10, [2, 0])], {
      mode: 'direction',
      bucket: 'hour',
      comparison: [3.5, null],
    });
    expect(data.rows.map((row) => row.comparison)).toEqual([3.5, null]);
    expect(data.hasComparison).toBe(true);
  });

  it('adds buckets together beyond the point limit, and says so', () => {
    const points = Array.from({ length: 7 }, (_, hour) => point(hour, [hour, 0]));
    const data = callsChartData(points, { mode: 'direction', bucket: 'hour', maxPoints: 3 });
    expect(data.downsampled).toEqual({ shown: 3, total: 7, perPoint: 3 });
    expect(data.rows.map((row) => [row.label, row.incoming])).toEqual([
      ['00:00', 0 + 1 + 2],
      ['03:00', 3 + 4 + 5],
      ['06:00', 6],
    ]);
  });

  it('keeps a merged bucket unknown when one of its parts is unknown', () => {
    const points = [point(0, [1, 0]), point(1, [null, null]), point(2, [4, 0])];
    const data = callsChartData(points, { mode: 'direction', bucket: 'hour', maxPoints: 2 });
    expect(data.rows.map((row) => row.incoming)).toEqual([null, 4]);
  });
});

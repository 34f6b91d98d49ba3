import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '@/lib/model/stats';
import { directionRows, outcomeRows, seriesDirections, seriesIsEmpty } from './chart-data';

const point = (
  start: string,
  incoming: [number, number] | null,
  outgoing: [number, number | null] | null = null,
): SeriesPoint => ({
  start,
  incoming: incoming && { total: incoming[0], notAnswered: incoming[1] },
  outgoing: outgoing && { total: outgoing[0], notAnswered: outgoing[1] },
  internal: null,
});

describe('directionRows', () => {
  it('labels hours in the source offset, with the date when the range spans days', () => {
    const points = [
      point('2026-10-25T02:00:00+02:00', [3, 1]),
      point('2026-10-25T02:00:00+01:00', [4, 0]),
    ];
    expect(directionRows(points, 'hour').map((row) => row.label)).toEqual(['02:00', '02:00']);
    const twoDays = [
      point('2026-12-03T23:00:00+05:00', [1, 0]),
      point('2026-12-04T00:00:00+05:00', [2, 0]),
    ];
    expect(directionRows(twoDays, 'hour').map((row) => row.label)).toEqual([
      '12-03 23:00',
      '12-04 00:00',
    ]);
    expect(directionRows(twoDays, 'hour')[1]).toMatchObject({ incoming: 2, outgoing: null });
  });

  it('labels days and months', () => {
    const points = [point('2026-12-01T00:00:00+05:00', [1, 0])];
    expect(directionRows(points, 'day')[0]?.label).toBe('12-01');
    expect(directionRows(points, 'month')[0]?.label).toBe('2026-12');
  });
});

describe('outcomeRows', () => {
  it('adds answered and not answered over the reported directions', () => {
    const rows = outcomeRows([point('2026-12-01T00:00:00+05:00', [10, 2], [5, 1])], 'day');
    expect(rows[0]).toMatchObject({ answered: 12, notAnswered: 3 });
  });

  it('is unknown where a reported direction lacks the figure', () => {
    const rows = outcomeRows([point('2026-12-01T00:00:00+05:00', [10, 2], [5, null])], 'day');
    expect(rows[0]).toMatchObject({ answered: null, notAnswered: null });
  });
});

describe('seriesDirections and seriesIsEmpty', () => {
  it('lists only directions the source reports and sees all-zero series as empty', () => {
    const points = [point('2026-12-01T00:00:00+05:00', [0, 0])];
    expect(seriesDirections(points)).toEqual(['incoming']);
    expect(seriesIsEmpty(points)).toBe(true);
    expect(seriesIsEmpty([point('2026-12-01T00:00:00+05:00', [1, 0])])).toBe(false);
  });
});

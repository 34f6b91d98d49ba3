import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '@/lib/model/stats';
import { previousSameWeekdays, sameWeekdayAverage, totalCalls } from './same-weekday-average';

const at = (
  start: string,
  incoming: number | null,
  outgoing: number | null = null,
): SeriesPoint => ({
  start,
  incoming: { total: incoming, notAnswered: 0 },
  outgoing: outgoing === null ? null : { total: outgoing, notAnswered: 0 },
  internal: null,
});

describe('previousSameWeekdays', () => {
  it('steps back whole weeks across month and year ends', () => {
    expect(previousSameWeekdays('2026-01-08')).toEqual([
      '2026-01-01',
      '2025-12-25',
      '2025-12-18',
      '2025-12-11',
    ]);
  });
});

describe('totalCalls', () => {
  it('adds the directions a source reports, and stays unknown when one is unknown', () => {
    expect(totalCalls(at('2026-12-04T09:00:00+05:00', 3, 2))).toBe(5);
    expect(totalCalls(at('2026-12-04T09:00:00+05:00', null, 2))).toBeNull();
  });
});

describe('sameWeekdayAverage', () => {
  it('averages the same local hour over the previous weeks', () => {
    const today = [at('2026-12-04T09:00:00+05:00', 10), at('2026-12-04T10:00:00+05:00', 0)];
    const weeks = [
      [at('2026-11-27T09:00:00+05:00', 4), at('2026-11-27T10:00:00+05:00', 1)],
      [at('2026-11-20T09:00:00+05:00', 6), at('2026-11-20T10:00:00+05:00', 2)],
      [at('2026-11-13T09:00:00+05:00', 8, 2), at('2026-11-13T10:00:00+05:00', 3)],
      [at('2026-11-06T09:00:00+05:00', 0), at('2026-11-06T10:00:00+05:00', 2)],
    ];
    expect(sameWeekdayAverage(today, weeks)).toEqual([(4 + 6 + 10 + 0) / 4, (1 + 2 + 3 + 2) / 4]);
  });

  it('leaves a week out of an hour it does not know, and gives null when none knows it', () => {
    const today = [at('2026-12-04T09:00:00+05:00', 1), at('2026-12-04T10:00:00+05:00', 1)];
    const weeks = [
      [at('2026-11-27T09:00:00+05:00', 4), at('2026-11-27T10:00:00+05:00', null)],
      [at('2026-11-20T09:00:00+05:00', null), at('2026-11-20T10:00:00+05:00', null)],
    ];
    expect(sameWeekdayAverage(today, weeks)).toEqual([4, null]);
  });

  it('matches by local hour across a summer-time change', () => {
    // Today (Copenhagen, after the change) against a week still on summer time: 09:00 is 09:00.
    const today = [at('2026-11-01T09:00:00+01:00', 5)];
    const weeks = [
      [
        at('2026-10-25T02:00:00+02:00', 1),
        at('2026-10-25T02:00:00+01:00', 2),
        at('2026-10-25T09:00:00+01:00', 7),
      ],
      [at('2026-10-18T09:00:00+02:00', 3)],
    ];
    expect(sameWeekdayAverage(today, weeks)).toEqual([5]);
    // The repeated 02:00 holds both of its occurrences.
    expect(sameWeekdayAverage([at('2026-11-01T02:00:00+01:00', 0)], weeks)).toEqual([3]);
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { TimeRange } from '@/lib/time/range';
import { planWindows, totalsGrouping, type StatsWindow } from './windows';

const zone = 'Europe/Copenhagen';

function range(from: string, to: string): TimeRange {
  return {
    from: DateTime.fromISO(from, { zone }),
    to: DateTime.fromISO(to, { zone }),
    zone,
  };
}

/** A window as text: its bounds in UTC, grouping, and each key with its bucket start (local). */
function show(window: StatsWindow) {
  return {
    from: window.from.toUTC().toISO(),
    to: window.to.toUTC().toISO(),
    grouping: window.grouping,
    keys: [...window.keys].map(
      ([key, start]) => `${key}=${DateTime.fromMillis(start, { zone }).toISO()}`,
    ),
  };
}

const hours = (day: string, offset: string, from = 0, to = 23) =>
  Array.from(
    { length: to - from + 1 },
    (_, index) =>
      `${from + index}=${day}T${String(from + index).padStart(2, '0')}:00:00.000${offset}`,
  );

describe('planWindows (D6: keys repeat across periods, so one request per period)', () => {
  it('asks once per local day for hour buckets; keys are local hours of that day', () => {
    const windows = planWindows(range('2026-01-13', '2026-01-15'), 'hour');
    expect(windows.map(show)).toEqual([
      {
        from: '2026-01-12T23:00:00.000Z',
        to: '2026-01-13T23:00:00.000Z',
        grouping: 'HOUR',
        keys: hours('2026-01-13', '+01:00'),
      },
      {
        from: '2026-01-13T23:00:00.000Z',
        to: '2026-01-14T23:00:00.000Z',
        grouping: 'HOUR',
        keys: hours('2026-01-14', '+01:00'),
      },
    ]);
  });

  it('cuts a DST fall-back day before the repeated hour', () => {
    const windows = planWindows(range('2025-10-26', '2025-10-27'), 'hour');
    expect(windows.map(show)).toEqual([
      {
        from: '2025-10-25T22:00:00.000Z',
        to: '2025-10-26T01:00:00.000Z',
        grouping: 'HOUR',
        keys: hours('2025-10-26', '+02:00', 0, 2),
      },
      {
        from: '2025-10-26T01:00:00.000Z',
        to: '2025-10-26T23:00:00.000Z',
        grouping: 'HOUR',
        keys: ['2=2025-10-26T02:00:00.000+01:00', ...hours('2025-10-26', '+01:00', 3, 23)],
      },
    ]);
  });

  it('keeps a DST spring-forward day (23 hours) in one request', () => {
    const [window, ...rest] = planWindows(range('2026-03-29', '2026-03-30'), 'hour');
    expect(rest).toEqual([]);
    expect(window && [...window.keys.keys()]).toEqual([
      '0',
      '1',
      ...Array.from({ length: 21 }, (_, index) => String(index + 3)),
    ]);
  });

  it('clips the first and last window to a range that starts and ends inside hours', () => {
    const windows = planWindows(range('2026-01-13T09:30', '2026-01-13T11:15'), 'hour');
    expect(windows.map(show)).toEqual([
      {
        from: '2026-01-13T08:30:00.000Z',
        to: '2026-01-13T10:15:00.000Z',
        grouping: 'HOUR',
        keys: hours('2026-01-13', '+01:00', 9, 11),
      },
    ]);
  });

  it('asks once per local month for day buckets and once per year for month buckets', () => {
    const days = planWindows(range('2026-01-30', '2026-03-02'), 'day');
    expect(
      days.map((window) => [window.from.toISODate(), window.to.toISODate(), window.keys.size]),
    ).toEqual([
      ['2026-01-30', '2026-02-01', 2],
      ['2026-02-01', '2026-03-01', 28],
      ['2026-03-01', '2026-03-02', 1],
    ]);
    expect(days.every((window) => window.grouping === 'DAY')).toBe(true);
    const months = planWindows(range('2025-11-01', '2027-02-01'), 'month');
    expect(months.map((window) => [window.grouping, [...window.keys.keys()].join(',')])).toEqual([
      ['MONTH', '11,12'],
      ['MONTH', '1,2,3,4,5,6,7,8,9,10,11,12'],
      ['MONTH', '1'],
    ]);
  });
});

describe('totalsGrouping', () => {
  it('picks the grouping whose single window is the whole range', () => {
    expect(totalsGrouping(range('2026-01-13', '2026-01-14'))).toBe('HOUR');
    expect(totalsGrouping(range('2026-01-13T08:00', '2026-01-13T12:00'))).toBe('HOUR');
    expect(totalsGrouping(range('2025-10-26', '2025-10-27'))).toBe('DAY');
    expect(totalsGrouping(range('2026-02-01', '2026-03-01'))).toBe('DAY');
    expect(totalsGrouping(range('2026-01-13', '2026-02-02'))).toBe('MONTH');
    expect(totalsGrouping(range('2024-01-13', '2026-02-02'))).toBe('MONTH');
  });
});

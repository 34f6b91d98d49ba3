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

/** `key=bucket start` for consecutive UTC hour keys, each naming the local hour it lies in. */
const hours = (keys: number[], startUtc: string) =>
  keys.map((key, index) => {
    const start = DateTime.fromISO(startUtc, { zone: 'UTC' }).plus({ hours: index });
    return `${key}=${start.setZone(zone).toISO()}`;
  });
const range24 = (from: number) => Array.from({ length: 24 }, (_, i) => (from + i) % 24);

describe('planWindows (D6: UTC keys repeat across periods, so requests never merge two buckets)', () => {
  it('asks once per local day for hour buckets; keys are the UTC hours of that day', () => {
    const windows = planWindows(range('2026-01-13', '2026-01-15'), 'hour');
    expect(windows.map(show)).toEqual([
      {
        from: '2026-01-12T23:00:00.000Z',
        to: '2026-01-13T23:00:00.000Z',
        grouping: 'HOUR',
        keys: hours(range24(23), '2026-01-12T23:00:00Z'),
      },
      {
        from: '2026-01-13T23:00:00.000Z',
        to: '2026-01-14T23:00:00.000Z',
        grouping: 'HOUR',
        keys: hours(range24(23), '2026-01-13T23:00:00Z'),
      },
    ]);
  });

  it('cuts the 25-hour day where its UTC hour key would repeat; 02:00+02:00 and 02:00+01:00 stay apart', () => {
    const windows = planWindows(range('2026-10-25', '2026-10-26'), 'hour');
    expect(windows.map(show)).toEqual([
      {
        from: '2026-10-24T22:00:00.000Z',
        to: '2026-10-25T22:00:00.000Z',
        grouping: 'HOUR',
        keys: hours(range24(22), '2026-10-24T22:00:00Z'),
      },
      {
        from: '2026-10-25T22:00:00.000Z',
        to: '2026-10-25T23:00:00.000Z',
        grouping: 'HOUR',
        keys: ['22=2026-10-25T23:00:00.000+01:00'],
      },
    ]);
    const [first] = windows;
    expect(first?.keys.get('0')).toBe(Date.parse('2026-10-25T00:00:00Z'));
    expect(DateTime.fromMillis(first?.keys.get('0') ?? 0, { zone }).toISO()).toBe(
      '2026-10-25T02:00:00.000+02:00',
    );
    expect(DateTime.fromMillis(first?.keys.get('1') ?? 0, { zone }).toISO()).toBe(
      '2026-10-25T02:00:00.000+01:00',
    );
  });

  it('keeps the 23-hour day (2026-03-29) in one request of 23 keys', () => {
    const [window, ...rest] = planWindows(range('2026-03-29', '2026-03-30'), 'hour');
    expect(rest).toEqual([]);
    expect(window && [...window.keys.keys()]).toEqual(range24(23).slice(0, 23).map(String));
  });

  it('clips the first and last window to a range that starts and ends inside hours', () => {
    const windows = planWindows(range('2026-01-13T09:30', '2026-01-13T11:15'), 'hour');
    expect(windows.map(show)).toEqual([
      {
        from: '2026-01-13T08:30:00.000Z',
        to: '2026-01-13T10:15:00.000Z',
        grouping: 'HOUR',
        keys: hours([8, 9, 10], '2026-01-13T08:00:00Z'),
      },
    ]);
  });

  it('asks once per bucket where local boundaries are not UTC ones (local midnight, half hours)', () => {
    const days = planWindows(range('2026-01-30', '2026-02-02'), 'day');
    expect(days.map(show)).toEqual([
      {
        from: '2026-01-29T23:00:00.000Z',
        to: '2026-01-30T23:00:00.000Z',
        grouping: 'DAY',
        keys: ['29=2026-01-30T00:00:00.000+01:00', '30=2026-01-30T00:00:00.000+01:00'],
      },
      {
        from: '2026-01-30T23:00:00.000Z',
        to: '2026-01-31T23:00:00.000Z',
        grouping: 'DAY',
        keys: ['30=2026-01-31T00:00:00.000+01:00', '31=2026-01-31T00:00:00.000+01:00'],
      },
      {
        from: '2026-01-31T23:00:00.000Z',
        to: '2026-02-01T23:00:00.000Z',
        grouping: 'DAY',
        keys: ['31=2026-02-01T00:00:00.000+01:00', '1=2026-02-01T00:00:00.000+01:00'],
      },
    ]);
    const months = planWindows(range('2025-12-01', '2026-02-01'), 'month');
    expect(months.map((w) => [w.grouping, [...w.keys.keys()].join(',')])).toEqual([
      ['MONTH', '11,12'],
      ['MONTH', '12,1'],
    ]);
    const kolkata = 'Asia/Kolkata';
    const halfHours = planWindows(
      {
        from: DateTime.fromISO('2026-01-13T09:00', { zone: kolkata }),
        to: DateTime.fromISO('2026-01-13T12:00', { zone: kolkata }),
        zone: kolkata,
      },
      'hour',
    );
    // 09:00+05:30 is 03:30 UTC: every local hour straddles two UTC hours, so one request each.
    expect(halfHours.map((w) => [w.from.toUTC().toISO(), [...w.keys.keys()].join(',')])).toEqual([
      ['2026-01-13T03:30:00.000Z', '3,4'],
      ['2026-01-13T04:30:00.000Z', '4,5'],
      ['2026-01-13T05:30:00.000Z', '5,6'],
    ]);
  });

  it('in UTC, joins days while their keys stay unique, and months per calendar year', () => {
    const utc = (from: string, to: string): TimeRange => ({
      from: DateTime.fromISO(from, { zone: 'UTC' }),
      to: DateTime.fromISO(to, { zone: 'UTC' }),
      zone: 'UTC',
    });
    const days = planWindows(utc('2026-01-30', '2026-03-02'), 'day');
    expect(
      days.map((window) => [window.from.toISODate(), window.to.toISODate(), window.keys.size]),
    ).toEqual([
      // 30, 31, then 1–28: no key twice, so one request; 1 March would repeat "1".
      ['2026-01-30', '2026-03-01', 30],
      ['2026-03-01', '2026-03-02', 1],
    ]);
    expect(days.every((window) => window.grouping === 'DAY')).toBe(true);
    const months = planWindows(utc('2025-11-01', '2027-02-01'), 'month');
    // Twelve months at most (never over the 366 days one request may span).
    expect(months.map((window) => [window.grouping, [...window.keys.keys()].join(',')])).toEqual([
      ['MONTH', '11,12,1,2,3,4,5,6,7,8,9,10'],
      ['MONTH', '11,12,1'],
    ]);
  });
});

describe('totalsGrouping', () => {
  it('picks the grouping whose single window is the whole range', () => {
    expect(totalsGrouping(range('2026-01-13', '2026-01-14'))).toBe('HOUR');
    expect(totalsGrouping(range('2026-01-13T08:00', '2026-01-13T12:00'))).toBe('HOUR');
    expect(totalsGrouping(range('2026-10-25', '2026-10-26'))).toBe('DAY');
    expect(totalsGrouping(range('2026-02-01', '2026-03-01'))).toBe('MONTH');
    expect(totalsGrouping(range('2026-01-13', '2026-02-02'))).toBe('MONTH');
    expect(totalsGrouping(range('2024-01-13', '2026-02-02'))).toBe('MONTH');
  });
});

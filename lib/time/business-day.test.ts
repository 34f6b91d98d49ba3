import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { addDays, businessDateAt, businessDayAt, businessDayOf } from './business-day';
import { isoWithOffset } from './range';

const iso = (ms: number | DateTime) => isoWithOffset(DateTime.fromMillis(+ms, { zone: 'UTC' }));
const at = (text: string, zone: string) => +DateTime.fromISO(text, { zone });
const span = (range: { from: DateTime; to: DateTime }) => [
  isoWithOffset(range.from),
  isoWithOffset(range.to),
  range.to.diff(range.from, 'hours').hours,
];

describe('business day', () => {
  it('is the calendar day when it starts at midnight', () => {
    const range = businessDayAt(at('2026-06-10T00:00', 'Asia/Tashkent'), 'Asia/Tashkent');
    expect(span(range)).toEqual(['2026-06-10T00:00:00+05:00', '2026-06-11T00:00:00+05:00', 24]);
  });

  it('before its start belongs to the day before', () => {
    const zone = 'Asia/Tashkent';
    expect(businessDateAt(at('2026-06-10T05:59:59', zone), zone, '06:00')).toBe('2026-06-09');
    expect(businessDateAt(at('2026-06-10T06:00', zone), zone, '06:00')).toBe('2026-06-10');
    expect(span(businessDayAt(at('2026-06-10T05:00', zone), zone, '06:00'))).toEqual([
      '2026-06-09T06:00:00+05:00',
      '2026-06-10T06:00:00+05:00',
      24,
    ]);
  });

  it('lasts 23 and 25 hours over the changes in Copenhagen (06:00 start)', () => {
    const zone = 'Europe/Copenhagen';
    // The clocks go forward on 2026-03-29 at 02:00 and back on 2026-10-25 at 03:00.
    expect(span(businessDayOf('2026-03-28', zone, '06:00'))).toEqual([
      '2026-03-28T06:00:00+01:00',
      '2026-03-29T06:00:00+02:00',
      23,
    ]);
    expect(span(businessDayOf('2026-10-24', zone, '06:00'))).toEqual([
      '2026-10-24T06:00:00+02:00',
      '2026-10-25T06:00:00+01:00',
      25,
    ]);
    // The change happens inside the business day of the 28th (06:00–06:00), not the 29th's.
    expect(span(businessDayOf('2026-03-29', zone, '06:00'))[2]).toBe(24);
  });

  it('starts where the gap carries a skipped start, and at the first of a repeated one', () => {
    const zone = 'America/New_York';
    // New York: forward 2026-03-08 02:00 → 03:00, back 2026-11-01 02:00 → 01:00.
    expect(span(businessDayOf('2026-03-08', zone, '02:30'))).toEqual([
      '2026-03-08T03:30:00-04:00',
      '2026-03-09T02:30:00-04:00',
      23,
    ]);
    expect(span(businessDayOf('2026-03-07', zone, '02:30'))[2]).toBe(24);
    expect(span(businessDayOf('2026-11-01', zone, '01:30'))).toEqual([
      '2026-11-01T01:30:00-04:00',
      '2026-11-02T01:30:00-05:00',
      25,
    ]);
    // In the repeated hour's second pass the business day of the 1st has begun already.
    const secondPass = at('2026-11-01T01:10-05:00', zone);
    expect(iso(secondPass)).toBe('2026-11-01T06:10:00+00:00');
    expect(businessDateAt(secondPass, zone, '01:30')).toBe('2026-11-01');
  });

  it('adds calendar days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

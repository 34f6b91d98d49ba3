import { describe, expect, it } from 'vitest';
import { isCalendarDate, presetRange, rangeHours } from './presets';

const cph = 'Europe/Copenhagen';

describe('presetRange', () => {
  // Friday 2026-12-04 10:00 in Tashkent (UTC+5).
  const now = new Date('2026-12-04T05:00:00Z');

  it('covers every preset in whole local days, current periods ending today', () => {
    const zone = 'Asia/Tashkent';
    expect(presetRange('today', zone, now)).toEqual({ from: '2026-12-04', to: '2026-12-04' });
    expect(presetRange('yesterday', zone, now)).toEqual({ from: '2026-12-03', to: '2026-12-03' });
    expect(presetRange('this-week', zone, now)).toEqual({ from: '2026-11-30', to: '2026-12-04' });
    expect(presetRange('last-week', zone, now)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(presetRange('this-month', zone, now)).toEqual({ from: '2026-12-01', to: '2026-12-04' });
    expect(presetRange('last-month', zone, now)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetRange('last-7-days', zone, now)).toEqual({ from: '2026-11-28', to: '2026-12-04' });
    expect(presetRange('last-30-days', zone, now)).toEqual({
      from: '2026-11-05',
      to: '2026-12-04',
    });
  });

  it("reads 'today' in the source's zone, not the browser's or UTC", () => {
    // 21:30 UTC on the 3rd is already the 4th in Tashkent, still the 3rd in New York.
    const late = new Date('2026-12-03T21:30:00Z');
    expect(presetRange('today', 'Asia/Tashkent', late).from).toBe('2026-12-04');
    expect(presetRange('today', 'America/New_York', late).from).toBe('2026-12-03');
  });

  it('handles the spring change in Copenhagen (2026-03-29 has 23 hours)', () => {
    // 00:30 CEST on Monday 30 March is 22:30 UTC on Sunday.
    const monday = new Date('2026-03-29T22:30:00Z');
    const yesterday = presetRange('yesterday', cph, monday);
    expect(yesterday).toEqual({ from: '2026-03-29', to: '2026-03-29' });
    expect(rangeHours(yesterday, cph)).toBe(23);
    const lastWeek = presetRange('last-week', cph, monday);
    expect(lastWeek).toEqual({ from: '2026-03-23', to: '2026-03-29' });
    expect(rangeHours(lastWeek, cph)).toBe(7 * 24 - 1);
    // One instant earlier the same clock reading in UTC is still Sunday in Copenhagen.
    expect(presetRange('today', cph, new Date('2026-03-29T21:59:00Z')).from).toBe('2026-03-29');
  });

  it('handles the autumn change in Copenhagen (2026-10-25 has 25 hours)', () => {
    // 23:30 CET on Sunday 25 October is 22:30 UTC.
    const sunday = new Date('2026-10-25T22:30:00Z');
    const today = presetRange('today', cph, sunday);
    expect(today).toEqual({ from: '2026-10-25', to: '2026-10-25' });
    expect(rangeHours(today, cph)).toBe(25);
    expect(presetRange('this-week', cph, sunday)).toEqual({
      from: '2026-10-19',
      to: '2026-10-25',
    });
    const lastMonth = presetRange('last-month', cph, new Date('2026-11-02T12:00:00Z'));
    expect(lastMonth).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(rangeHours(lastMonth, cph)).toBe(31 * 24 + 1);
    // 23:30 UTC on the 25th is already Monday the 26th in Copenhagen.
    expect(presetRange('yesterday', cph, new Date('2026-10-25T23:30:00Z')).from).toBe('2026-10-25');
  });

  it('crosses year ends', () => {
    const jan = new Date('2027-01-02T12:00:00Z');
    expect(presetRange('last-month', 'UTC', jan)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('last-week', 'UTC', jan)).toEqual({ from: '2026-12-21', to: '2026-12-27' });
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(isCalendarDate('today')).toBe(false);
  });
});

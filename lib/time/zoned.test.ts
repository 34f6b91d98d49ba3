import { describe, expect, it } from 'vitest';
import {
  firstInstantOfWallTime,
  formatInZone,
  instantsOfWallTime,
  isValidTimeZone,
  startOfLocalDay,
} from './zoned';

describe('formatInZone', () => {
  it('writes the offset the zone has at that instant', () => {
    const instant = new Date('2026-03-29T00:30:00Z');
    expect(formatInZone(instant, 'Asia/Tashkent')).toBe('2026-03-29T05:30:00+05:00');
    expect(formatInZone(instant, 'UTC')).toBe('2026-03-29T00:30:00+00:00');
    expect(formatInZone(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe(
      '2026-03-29T03:30:00+02:00',
    );
  });

  it('knows IANA names only', () => {
    expect(isValidTimeZone('Asia/Tashkent')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('instantsOfWallTime', () => {
  it('finds two instants in the repeated hour, none in the skipped one', () => {
    const wall = (month: number, day: number, hour: number, minute: number) => ({
      year: 2026,
      month,
      day,
      hour,
      minute,
    });
    const cph = 'Europe/Copenhagen';
    expect(
      instantsOfWallTime(wall(10, 25, 2, 30), cph).map((ms) => new Date(ms).toISOString()),
    ).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(instantsOfWallTime(wall(3, 29, 2, 30), cph)).toEqual([]);
    expect(new Date(firstInstantOfWallTime(wall(3, 29, 2, 30), cph)).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(instantsOfWallTime(wall(1, 13, 9, 30), 'Asia/Kolkata')).toEqual([
      Date.parse('2026-01-13T04:00:00Z'),
    ]);
  });
});

describe('startOfLocalDay', () => {
  it('starts today at local midnight on change days, or where a gap swallows midnight', () => {
    const at = (iso: string, zone: string) =>
      startOfLocalDay(Date.parse(iso), zone).toISO({ suppressMilliseconds: true });
    expect(at('2026-03-29T10:00:00Z', 'Europe/Copenhagen')).toBe('2026-03-29T00:00:00+01:00');
    expect(at('2026-10-25T10:00:00Z', 'Europe/Copenhagen')).toBe('2026-10-25T00:00:00+02:00');
    expect(at('2026-11-01T23:30:00Z', 'America/New_York')).toBe('2026-11-01T00:00:00-04:00');
    // Chile moves 24:00 to 01:00: that Sunday starts at 01:00.
    expect(at('2026-09-06T15:00:00Z', 'America/Santiago')).toBe('2026-09-06T01:00:00-03:00');
  });
});

import { describe, expect, it } from 'vitest';
import { firstInstantOfWallTime, formatInZone, instantsOfWallTime, isValidTimeZone } from './zoned';

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

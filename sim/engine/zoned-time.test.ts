import { describe, it, expect } from 'vitest';
import {
  addDays,
  createWallClock,
  dayKeyOf,
  dayStartMs,
  localTimeMs,
  parseDayKey,
  weekdayOf,
} from './zoned-time';

describe('zoned time', () => {
  it('finds Tashkent midnight (UTC+5, no DST)', () => {
    expect(dayStartMs('2025-11-23', 'Asia/Tashkent')).toBe(Date.parse('2025-11-22T19:00:00Z'));
    expect(dayKeyOf(Date.parse('2025-11-22T19:00:00Z'), 'Asia/Tashkent')).toBe('2025-11-23');
    expect(dayKeyOf(Date.parse('2025-11-22T18:59:59Z'), 'Asia/Tashkent')).toBe('2025-11-22');
  });

  it('handles DST days in other zones', () => {
    const start = dayStartMs('2025-03-30', 'Europe/Berlin');
    const end = dayStartMs('2025-03-31', 'Europe/Berlin');
    expect(end - start).toBe(23 * 3600_000);
    expect(localTimeMs('2025-03-30', 12 * 3600, 'Europe/Berlin')).toBe(
      Date.parse('2025-03-30T10:00:00Z'),
    );
  });

  it('reads a skipped local time forward and a repeated one as its first occurrence', () => {
    const cph = 'Europe/Copenhagen';
    // 2026-03-29: 02:00 CET becomes 03:00 CEST; 02:30 does not exist and reads as 03:30 CEST.
    expect(localTimeMs('2026-03-29', 2.5 * 3600, cph)).toBe(Date.parse('2026-03-29T01:30:00Z'));
    expect(localTimeMs('2026-03-29', 1.5 * 3600, cph)).toBe(Date.parse('2026-03-29T00:30:00Z'));
    // 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:30 happens twice, the first at +02:00.
    expect(localTimeMs('2026-10-25', 2.5 * 3600, cph)).toBe(Date.parse('2026-10-25T00:30:00Z'));
    expect(localTimeMs('2026-10-25', 3 * 3600, cph)).toBe(Date.parse('2026-10-25T02:00:00Z'));
    expect(dayStartMs('2026-10-26', cph) - dayStartMs('2026-10-25', cph)).toBe(25 * 3600_000);
    // Lord Howe moves by 30 minutes: 01:45 on 2026-04-05 happens at +11:00, then at +10:30.
    const lordHowe = 'Australia/Lord_Howe';
    expect(localTimeMs('2026-04-05', 1.75 * 3600, lordHowe)).toBe(
      Date.parse('2026-04-04T14:45:00Z'),
    );
    // Kolkata (+05:30, no summer time).
    expect(dayStartMs('2026-03-29', 'Asia/Kolkata')).toBe(Date.parse('2026-03-28T18:30:00Z'));
  });

  it('reads wall clocks across a change that falls on a half UTC hour (Lord Howe, spring)', () => {
    const wall = createWallClock('Australia/Lord_Howe');
    // 2026-10-04 02:00+10:30 (15:30 UTC) becomes 02:30+11:00.
    expect(wall(Date.parse('2026-10-03T15:10:00Z')).toISOString()).toBe('2026-10-04T01:40:00.000Z');
    expect(wall(Date.parse('2026-10-03T15:40:00Z')).toISOString()).toBe('2026-10-04T02:40:00.000Z');
  });

  it('validates and walks calendar days', () => {
    expect(parseDayKey('2024-13-45')).toBeNull();
    expect(parseDayKey('2024-02-30')).toBeNull();
    expect(parseDayKey('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(weekdayOf('2025-11-23')).toBe(0);
  });
});

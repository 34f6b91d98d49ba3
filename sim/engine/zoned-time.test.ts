import { describe, it, expect } from 'vitest';
import { addDays, dayKeyOf, dayStartMs, localTimeMs, parseDayKey, weekdayOf } from './zoned-time';

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

  it('validates and walks calendar days', () => {
    expect(parseDayKey('2024-13-45')).toBeNull();
    expect(parseDayKey('2024-02-30')).toBeNull();
    expect(parseDayKey('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(weekdayOf('2025-11-23')).toBe(0);
  });
});

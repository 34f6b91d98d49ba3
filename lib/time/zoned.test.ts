import { describe, expect, it } from 'vitest';
import { formatInZone, isValidTimeZone } from './zoned';

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

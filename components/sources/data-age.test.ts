import { describe, expect, it } from 'vitest';
import { secondsSince } from './data-age';

describe('secondsSince', () => {
  it('reads the offset of an API time', () => {
    const now = Date.parse('2026-12-04T10:00:30Z');
    expect(secondsSince('2026-12-04T15:00:00+05:00', now)).toBe(30);
  });

  it('is never negative (a server clock slightly ahead) and null when unknown', () => {
    const now = Date.parse('2026-12-04T10:00:00Z');
    expect(secondsSince('2026-12-04T15:00:05+05:00', now)).toBe(0);
    expect(secondsSince(null, now)).toBeNull();
    expect(secondsSince('soon', now)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { todayInZone } from './today';

describe('todayInZone', () => {
  it("gives the source's own date, not the browser's", () => {
    const instant = Date.parse('2026-12-04T20:30:00Z');
    expect(todayInZone('Asia/Tashkent', instant)).toBe('2026-12-05');
    expect(todayInZone('UTC', instant)).toBe('2026-12-04');
    expect(todayInZone('America/Los_Angeles', Date.parse('2026-12-05T03:00:00Z'))).toBe(
      '2026-12-04',
    );
  });
});

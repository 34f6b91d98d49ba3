import { describe, expect, it } from 'vitest';
import type { SeriesBucket } from '@/lib/model/source';
import { bucketStates, defaultBucket } from './buckets';

const all: readonly SeriesBucket[] = ['hour', 'day', 'month'];
const zone = 'Europe/Copenhagen';

describe('bucketStates', () => {
  it('offers only what the source supports', () => {
    const states = bucketStates(['day'], { from: '2026-12-01', to: '2026-12-04' }, zone);
    expect(states).toEqual([
      { bucket: 'hour', available: false, reason: 'unsupported' },
      { bucket: 'day', available: true },
      { bucket: 'month', available: false, reason: 'unsupported' },
    ]);
  });

  it('applies the API limits: hour ≤ 31 days, day ≤ 366 days, month ≤ 60 months', () => {
    const available = (from: string, to: string) =>
      bucketStates(all, { from, to }, zone)
        .filter((state) => state.available)
        .map((state) => state.bucket);
    expect(available('2026-03-01', '2026-03-31')).toEqual(['hour', 'day', 'month']);
    expect(available('2026-03-01', '2026-04-01')).toEqual(['day', 'month']);
    expect(available('2025-01-01', '2025-12-31')).toEqual(['day', 'month']);
    expect(available('2024-01-01', '2024-12-31')).toEqual(['day', 'month']); // 366 days
    expect(available('2024-01-01', '2025-01-01')).toEqual(['month']);
    expect(available('2022-01-01', '2026-12-31')).toEqual(['month']);
    expect(available('2021-12-01', '2026-12-31')).toEqual([]);
  });

  it('marks an impossible range as too long rather than crashing', () => {
    const states = bucketStates(all, { from: '2026-12-05', to: '2026-12-01' }, zone);
    expect(states.every((state) => !state.available)).toBe(true);
  });
});

describe('defaultBucket', () => {
  const pick = (from: string, to: string, supported = all) =>
    defaultBucket(bucketStates(supported, { from, to }, zone), { from, to });

  it('prefers hours for a day or two, days up to a quarter, months beyond', () => {
    expect(pick('2026-12-04', '2026-12-04')).toBe('hour');
    expect(pick('2026-11-28', '2026-12-04')).toBe('day');
    expect(pick('2025-01-01', '2026-12-04')).toBe('month');
  });

  it('falls back to what the source has, or null', () => {
    expect(pick('2026-12-04', '2026-12-04', ['day', 'month'])).toBe('day');
    expect(pick('2026-12-04', '2026-12-04', [])).toBeNull();
  });
});

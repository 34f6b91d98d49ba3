import { describe, it, expect } from 'vitest';
import { createEngine } from './engine';
import { addDays, localTimeMs } from './zoned-time';

const TZ = 'Asia/Tashkent';
const TODAY = '2025-11-19'; // a Wednesday

describe('engine: determinism and history', () => {
  it('produces identical days for the same seed and different days for another', () => {
    const a = createEngine({ seed: 7 });
    const b = createEngine({ seed: 7 });
    const c = createEngine({ seed: 8 });
    const dayA = a.day(TODAY);
    expect(JSON.stringify(b.day(TODAY).calls)).toBe(JSON.stringify(dayA.calls));
    expect(JSON.stringify([...b.day(TODAY).agents])).toBe(JSON.stringify([...dayA.agents]));
    expect(JSON.stringify(c.day(TODAY).calls)).not.toBe(JSON.stringify(dayA.calls));
    // A day does not depend on which days were generated before it (cache order).
    b.day(addDays(TODAY, -3));
    const fresh = createEngine({ seed: 7, cacheDays: 2 });
    fresh.day(addDays(TODAY, 5));
    expect(JSON.stringify(fresh.day(TODAY).calls)).toBe(JSON.stringify(dayA.calls));
  });

  it('has 90 days of history available immediately, each day generated fast', () => {
    const engine = createEngine({ seed: 1234, cacheDays: 8 });
    const nowMs = localTimeMs(TODAY, 12 * 3600, TZ);
    const started = performance.now();
    let slowest = 0;
    for (let i = 1; i <= 90; i += 1) {
      const day = engine.day(addDays(TODAY, -i));
      slowest = Math.max(slowest, day.generationMs);
      expect(day.calls.length).toBeGreaterThan(200);
    }
    expect(slowest).toBeLessThan(1000);
    expect(performance.now() - started).toBeLessThan(15_000);
    const from = engine.dayStartMs(addDays(TODAY, -90));
    const calls = engine.callsBetween(from, nowMs + 1, nowMs);
    expect(calls.length).toBeGreaterThan(50_000);
    expect(calls.every((c) => c.endMs <= nowMs && c.enterMs >= from)).toBe(true);
  });

  it('follows another zone, including DST days of 23 and 25 hours', () => {
    const berlin = createEngine({ timeZone: 'Europe/Berlin' });
    for (const key of ['2025-03-30', '2025-10-26']) {
      const day = berlin.day(key);
      expect(day.endMs - day.startMs).toBe(key === '2025-03-30' ? 23 * 3600_000 : 25 * 3600_000);
      expect(day.calls.every((c) => c.enterMs >= day.startMs && c.enterMs < day.endMs)).toBe(true);
      for (const agent of day.agents.values()) {
        for (const s of agent.sessions) expect(s.endMs).toBeLessThanOrEqual(day.endMs);
      }
    }
    expect(() => createEngine({ timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('ids are unique across days', () => {
    const engine = createEngine();
    const ids = new Set<string>();
    let count = 0;
    for (let i = 0; i < 5; i += 1) {
      for (const c of engine.day(addDays(TODAY, -i)).calls) {
        ids.add(c.uniqueid);
        count += 1;
      }
    }
    expect(ids.size).toBe(count);
  });
});

describe('engine: realistic curves', () => {
  const engine = createEngine({ seed: 99 });
  const hourCount = (dayKey: string, hour: number): number => {
    const from = localTimeMs(dayKey, hour * 3600, TZ);
    return engine.callsBetween(from, from + 3600_000).filter((c) => c.direction === 'incoming')
      .length;
  };
  const weekdays: string[] = [];
  const weekends: string[] = [];
  for (let i = 0; i < 28; i += 1) {
    const key = addDays('2025-10-06', i); // a Monday
    (i % 7 >= 5 ? weekends : weekdays).push(key);
  }

  it('has more calls at 11:00 than at 03:00', () => {
    for (const key of [...weekdays, ...weekends]) {
      expect(hourCount(key, 11)).toBeGreaterThan(hourCount(key, 3));
    }
  });

  it('has a lunch dip and lower weekends', () => {
    const sum = (keys: string[], hour: number): number =>
      keys.reduce((s, k) => s + hourCount(k, hour), 0);
    expect(sum(weekdays, 13)).toBeLessThan(sum(weekdays, 11));
    expect(sum(weekdays, 13)).toBeLessThan(sum(weekdays, 15));
    const daily = (key: string): number =>
      engine.day(key).calls.filter((c) => c.direction === 'incoming').length;
    const avg = (keys: string[]): number => keys.reduce((s, k) => s + daily(k), 0) / keys.length;
    expect(avg(weekends)).toBeLessThan(avg(weekdays) * 0.7);
  });

  it('mixes directions, outcomes and trunks', () => {
    const calls = engine.day(weekdays[2] ?? TODAY).calls;
    const kinds = new Set(calls.map((c) => `${c.direction}:${c.outcome}`));
    for (const k of ['incoming:answered', 'incoming:abandoned', 'outgoing:answered']) {
      expect(kinds.has(k)).toBe(true);
    }
    expect(kinds.has('outgoing:noanswer') || kinds.has('outgoing:busy')).toBe(true);
    expect(calls.some((c) => c.direction === 'internal')).toBe(true);
    const trunks = new Set(calls.map((c) => c.externalNumber).filter((n) => n !== null));
    expect(trunks.size).toBeGreaterThanOrEqual(5);
    expect(calls[0]?.uniqueid).toMatch(/^\d{10}\.\d+$/);
  });
});

import { describe, it, expect } from 'vitest';
import { createRng, hashSeed } from './prng';
import { exponential, lognormal, poisson } from './distributions';

describe('prng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng(hashSeed(42, 7));
    const b = createRng(hashSeed(42, 7));
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    expect(seqA).toEqual(seqB);
    expect(createRng(hashSeed(42, 8)).next()).not.toBe(seqA[0]);
  });

  it('stays in [0, 1) and ints stay in range', () => {
    const rng = createRng(1);
    for (let i = 0; i < 10_000; i += 1) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });

  it('distributions have the expected means', () => {
    const rng = createRng(99);
    const n = 20_000;
    let exp = 0;
    let poi = 0;
    const logs: number[] = [];
    for (let i = 0; i < n; i += 1) {
      exp += exponential(rng, 10);
      poi += poisson(rng, 4);
      logs.push(lognormal(rng, 100, 0.5));
    }
    expect(exp / n).toBeGreaterThan(9.5);
    expect(exp / n).toBeLessThan(10.5);
    expect(poi / n).toBeGreaterThan(3.9);
    expect(poi / n).toBeLessThan(4.1);
    logs.sort((x, y) => x - y);
    const median = logs[n / 2] ?? 0;
    expect(median).toBeGreaterThan(95);
    expect(median).toBeLessThan(105);
  });
});

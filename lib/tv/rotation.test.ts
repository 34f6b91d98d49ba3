import { describe, expect, it } from 'vitest';
import { rotationAt } from './rotation';

describe('rotationAt', () => {
  it('shows each page for its own duration, then starts over', () => {
    const durations = [3, 5, 2];
    expect(rotationAt(durations, 0)).toEqual({ index: 0, remainingMs: 3000 });
    expect(rotationAt(durations, 2999)).toEqual({ index: 0, remainingMs: 1 });
    expect(rotationAt(durations, 3000)).toEqual({ index: 1, remainingMs: 5000 });
    expect(rotationAt(durations, 8500)).toEqual({ index: 2, remainingMs: 1500 });
    expect(rotationAt(durations, 10_000)).toEqual({ index: 0, remainingMs: 3000 });
    expect(rotationAt(durations, 10 * 60_000 + 4000)).toEqual({ index: 1, remainingMs: 4000 });
  });

  it('keeps a single page for ever', () => {
    expect(rotationAt([30], 1e9)).toEqual({ index: 0, remainingMs: Infinity });
  });
});

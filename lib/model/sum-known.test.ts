import { describe, expect, it } from 'vitest';
import { sumKnown } from './sum-known';

describe('sumKnown', () => {
  it('adds known figures, and one unknown makes the whole unknown', () => {
    expect(sumKnown([1, 2, 3])).toBe(6);
    expect(sumKnown([1, null, 3])).toBeNull();
    expect(sumKnown([1, undefined])).toBeNull();
  });

  it('gives the chosen value for no figures at all', () => {
    expect(sumKnown([])).toBeNull();
    expect(sumKnown([], 0)).toBe(0);
  });
});

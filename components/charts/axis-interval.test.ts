import { describe, expect, it } from 'vitest';
import { axisInterval } from './axis-interval';

describe('axisInterval', () => {
  it('draws every label when all fit', () => {
    expect(axisInterval(['00:00', '01:00', '02:00'], 1200)).toBe(0);
  });

  it('skips labels so that the drawn ones, at their estimated width, fit the plot', () => {
    const labels = Array.from(
      { length: 372 },
      (_, i) => `04 Nov ${String(i % 24).padStart(2, '0')}:00`,
    );
    const interval = axisInterval(labels, 1200);
    const drawn = Math.ceil(labels.length / (interval + 1));
    const slot = 12 * 12 * 0.62 + 12;
    expect(drawn * slot).toBeLessThanOrEqual(1200);
    // …and not far fewer than fit: one more skipped would still fit, one fewer would not.
    expect(Math.ceil(labels.length / interval) * slot).toBeGreaterThan(1200);
  });

  it('keeps at least the first label on a plot narrower than one label', () => {
    expect(axisInterval(['a long label', 'another one'], 10)).toBe(1);
  });

  it('is 0 without labels', () => {
    expect(axisInterval([], 800)).toBe(0);
  });
});

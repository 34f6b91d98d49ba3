import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatPercent, formatSeconds } from './format';

describe('formatDuration', () => {
  it('is compact at every scale', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(59.6)).toBe('1 min 00 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3720)).toBe('1 h 02 min');
    expect(formatDuration(-4)).toBe('0 s');
  });

  it('never turns an unknown count into zero', () => {
    expect(formatCount(null, '—')).toBe('—');
    expect(formatCount(0, '—')).toBe('0');
  });

  it('shows percentages with one decimal and unknowns as the placeholder', () => {
    expect(formatPercent(12.345, '—')).toBe('12.3 %');
    expect(formatPercent(0, '—')).toBe('0.0 %');
    expect(formatPercent(null, '—')).toBe('—');
    expect(formatSeconds(65, '—')).toBe('1 min 05 s');
    expect(formatSeconds(null, '—')).toBe('—');
  });
});

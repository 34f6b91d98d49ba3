import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration } from './format';

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
});

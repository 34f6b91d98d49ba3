import { describe, expect, it } from 'vitest';
import { offsetLabel } from './offset-label';

describe('offsetLabel', () => {
  it('names whole, half-hour and negative offsets, and UTC', () => {
    expect(offsetLabel('+02:00')).toBe('UTC+2');
    expect(offsetLabel('+05:30')).toBe('UTC+5:30');
    expect(offsetLabel('+10:30')).toBe('UTC+10:30');
    expect(offsetLabel('-03:00')).toBe('UTC−3');
    expect(offsetLabel('Z')).toBe('UTC');
    expect(offsetLabel('+00:00')).toBe('UTC');
  });
});

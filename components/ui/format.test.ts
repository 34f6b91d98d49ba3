import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatPercent, formatSeconds } from './format';

describe('formatDuration', () => {
  it('is compact at every scale', () => {
    expect(formatDuration(0, 'en')).toBe('0 s');
    expect(formatDuration(59.6, 'en')).toBe('1 min 00 s');
    expect(formatDuration(185, 'en')).toBe('3 min 05 s');
    expect(formatDuration(3720, 'en')).toBe('1 h 02 min');
    expect(formatDuration(-4, 'en')).toBe('0 s');
  });

  it('never turns an unknown count into zero', () => {
    expect(formatCount(null, '—', 'en')).toBe('—');
    expect(formatCount(0, '—', 'en')).toBe('0');
  });

  it('shows percentages with one decimal and unknowns as the placeholder', () => {
    expect(formatPercent(12.345, '—', 'en')).toBe('12.3 %');
    expect(formatPercent(0, '—', 'en')).toBe('0.0 %');
    expect(formatPercent(null, '—', 'en')).toBe('—');
    expect(formatSeconds(65, '—', 'en')).toBe('1 min 05 s');
    expect(formatSeconds(null, '—', 'en')).toBe('—');
  });
});

describe('per language', () => {
  it('writes durations with the language’s units', () => {
    expect(formatDuration(185, 'ru')).toBe('3 мин 05 с');
    expect(formatDuration(42, 'ru')).toBe('42 с');
    expect(formatDuration(3720, 'uz')).toBe('1 soat 02 daq');
    expect(formatDuration(185, 'uz')).toBe('3 daq 05 s');
    expect(formatDuration(185, 'fr')).toBe('3 min 05 s');
  });

  it('groups digits and writes the decimal comma', () => {
    expect(formatCount(12345, '—', 'en')).toBe('12,345');
    expect(formatCount(12345, '—', 'ru').replace(/\s/g, ' ')).toBe('12 345');
    expect(formatPercent(12.345, '—', 'ru')).toBe('12,3 %');
    expect(formatPercent(12.345, '—', 'uz')).toBe('12,3 %');
    expect(formatSeconds(65, '—', 'ru')).toBe('1 мин 05 с');
    expect(formatCount(null, 'нет данных', 'ru')).toBe('нет данных');
  });

  it('writes 100 hours with grouping in long durations', () => {
    expect(formatDuration(1000 * 3600, 'en')).toBe('1,000 h 00 min');
  });
});

import { describe, expect, it } from 'vitest';
import { formatMonthDay, formatMonthYear, formatWeekdayDate, numberLocale } from './calendar';

const friday = Date.UTC(2026, 11, 4, 20, 30); // 2026-12-05 01:30 in Tashkent

describe('calendar', () => {
  it('writes Uzbek dates from its own names, in the given zone', () => {
    expect(formatMonthDay(friday, 'UTC', 'uz')).toBe('4-dek');
    expect(formatMonthDay(friday, 'Asia/Tashkent', 'uz')).toBe('5-dek');
    expect(formatMonthYear(friday, 'UTC', 'uz')).toBe('dek, 2026');
    expect(formatWeekdayDate(friday, 'UTC', 'uz')).toBe('juma, 4-dekabr');
    expect(formatWeekdayDate(friday, 'Asia/Tashkent', 'uz')).toBe('shanba, 5-dekabr');
  });

  it('leaves other languages to Intl', () => {
    expect(formatMonthDay(friday, 'UTC', 'en')).toBe('Dec 4');
    expect(formatWeekdayDate(friday, 'UTC', 'ru')).toBe('пятница, 4 декабря');
  });

  it('formats Uzbek numbers with the conventions it shares with Russian', () => {
    expect(numberLocale('uz')).toBe('ru');
    expect(numberLocale('en')).toBe('en');
  });
});

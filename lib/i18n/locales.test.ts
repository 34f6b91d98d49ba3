import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['uz-Latn-UZ', 'uz'],
    ['de-DE,uz;q=0.5,ru;q=0.4', 'uz'],
    ['en;q=0.2,ru;q=0.8', 'ru'],
    ['fr, de', 'en'],
    ['ru;q=0, uz;q=0.1', 'uz'],
    ['*', 'en'],
    ['ru;q=abc', 'en'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { chooseLocale, negotiateLocale } from './locales';

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

describe('chooseLocale: cookie, then the stored language, then Accept-Language, then English', () => {
  const russianBrowser = 'ru-RU,ru;q=0.9';
  it.each([
    // cookie, stored, Accept-Language, expected
    ['uz', 'ru', 'en-US', 'uz'],
    [undefined, 'uz', russianBrowser, 'uz'],
    [undefined, null, russianBrowser, 'ru'],
    [undefined, undefined, russianBrowser, 'ru'],
    [undefined, null, null, 'en'],
    // An unknown value in either place is passed over, never shown as a language.
    ['de', 'uz', russianBrowser, 'uz'],
    ['de', 'fr', russianBrowser, 'ru'],
    [undefined, 'fr', 'fr-FR', 'en'],
  ] as const)('cookie %j, stored %j, header %j → %s', async (cookie, stored, header, expected) => {
    const locale = await chooseLocale({
      cookie,
      stored: () => Promise.resolve(stored),
      acceptLanguage: header,
    });
    expect(locale).toBe(expected);
  });

  it('reads the stored language only when the cookie does not decide (no database read)', async () => {
    let reads = 0;
    const stored = () => {
      reads += 1;
      return Promise.resolve('uz');
    };
    expect(await chooseLocale({ cookie: 'ru', stored, acceptLanguage: null })).toBe('ru');
    expect(reads).toBe(0);
    expect(await chooseLocale({ cookie: undefined, stored, acceptLanguage: null })).toBe('uz');
    expect(reads).toBe(1);
  });
});

/** The languages Callboard speaks; Uzbek is written in Latin script. */
export const locales = ['en', 'ru', 'uz'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The cookie that remembers a person's choice; it wins over the browser's Accept-Language. */
export const localeCookie = 'callboard-locale';

/** Each language named in itself, for the switch. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  uz: 'Oʻzbekcha',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The best supported language for an Accept-Language header (RFC 9110 weights; `uz-Latn-UZ`
 * matches `uz`), or the default. Entries with q=0 are refused, as the RFC says.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=(.*)$/i.exec(p)?.[1]).find((v) => v !== undefined);
      // A malformed weight drops the entry rather than guessing what the browser meant.
      const weight =
        q === undefined ? 1 : /^\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/.test(q) ? Number(q) : 0;
      return { tag: tag.trim().toLowerCase(), weight, index };
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/**
 * This request's language: the choice remembered in this browser (cookie) first, then the one a
 * signed-in database user stored with the switch (a new browser, the cookie cleared), then the
 * browser's Accept-Language, then English. `stored` is read only when the cookie does not decide,
 * so a request with the cookie costs no database read.
 */
export async function chooseLocale(source: {
  cookie: string | undefined;
  stored: () => Promise<string | null | undefined>;
  acceptLanguage: string | null | undefined;
}): Promise<Locale> {
  if (isLocale(source.cookie)) return source.cookie;
  const stored = await source.stored();
  if (isLocale(stored)) return stored;
  return negotiateLocale(source.acceptLanguage);
}

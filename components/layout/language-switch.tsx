'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'use-intl';
import { localeCookie, localeNames, locales, isLocale } from '@/lib/i18n/locales';

const oneYearSeconds = 365 * 24 * 3600;

/**
 * Picks the UI language; remembered in a cookie, so it wins over the browser's preference. With
 * `remember` (a signed-in page), it is also stored for the person (PUT /api/v1/me/locale), so a
 * new browser of a database user starts in it; a failure there leaves the cookie's choice.
 */
export function LanguageSwitch({ remember = false }: { remember?: boolean }) {
  const t = useTranslations('app');
  const locale = useLocale();
  const router = useRouter();
  return (
    <label className="flex items-center gap-2">
      <span className="sr-only">{t('language')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          document.cookie = `${localeCookie}=${next}; Path=/; Max-Age=${oneYearSeconds}; SameSite=Lax`;
          router.refresh();
          if (remember) {
            void fetch('/api/v1/me/locale', {
              method: 'PUT',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ locale: next }),
            }).catch(() => undefined);
          }
        }}
        className="rounded-lg border border-border-strong bg-surface-raised px-2 py-1 text-foreground"
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

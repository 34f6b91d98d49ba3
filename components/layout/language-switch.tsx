'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'use-intl';
import { localeCookie, localeNames, locales, isLocale } from '@/lib/i18n/locales';

const oneYearSeconds = 365 * 24 * 3600;

/** Picks the UI language; remembered in a cookie, so it wins over the browser's preference. */
export function LanguageSwitch() {
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

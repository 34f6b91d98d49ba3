'use client';

import { use, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ThemeContext } from '@/components/ui/theme-context';
import { isThemeChoice, themeAttribute, themeChoices, themeCookie } from '@/lib/theme/themes';

const oneYearSeconds = 365 * 24 * 3600;

/**
 * Light, dark or the system's choice; remembered in a cookie the server renders from, and applied
 * at once here by setting the same attribute on <html>.
 */
export function ThemeSwitch() {
  const t = useTranslations('theme');
  const [choice, setChoice] = useState(use(ThemeContext));
  return (
    <label className="flex items-center gap-2">
      <span className="sr-only">{t('label')}</span>
      <select
        value={choice}
        onChange={(event) => {
          const next = event.target.value;
          if (!isThemeChoice(next)) return;
          setChoice(next);
          document.cookie = `${themeCookie}=${next}; Path=/; Max-Age=${oneYearSeconds}; SameSite=Lax`;
          const attribute = themeAttribute(next);
          if (attribute) document.documentElement.dataset.theme = attribute;
          else delete document.documentElement.dataset.theme;
        }}
        className="rounded-lg border border-border-strong bg-surface-raised px-2 py-1 text-foreground"
      >
        {themeChoices.map((value) => (
          <option key={value} value={value}>
            {t(value)}
          </option>
        ))}
      </select>
    </label>
  );
}

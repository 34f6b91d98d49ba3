'use client';

import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

/**
 * A board's own language for everything inside it, whatever the screen's browser prefers; the
 * document's lang follows, so a reader (and the hyphenation) know which language it is.
 */
export function TvLocale({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  useEffect(() => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = locale;
    return () => {
      document.documentElement.lang = previous;
    };
  }, [locale]);
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      <div lang={locale} className="contents">
        {children}
      </div>
    </IntlProvider>
  );
}

import 'server-only';
import { createTranslator } from 'use-intl';
import { defaultLocale, type Locale } from './locales';
import { messagesByLocale, type Messages } from './messages';

/** Translations for server components, namespaced like `useTranslations`. */
export function serverTranslator<N extends keyof Messages>(
  namespace: N,
  locale: Locale = defaultLocale,
) {
  return createTranslator({ locale, messages: messagesByLocale[locale], namespace });
}

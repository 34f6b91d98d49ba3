import 'server-only';
import { createTranslator } from 'use-intl';
import type { Locale } from './locales';
import { messagesByLocale, type Messages } from './messages';

/**
 * Translations for server components, namespaced like `useTranslations`. The locale is required:
 * a page that forgot it rendered English to everyone (the admin title did).
 */
export function serverTranslator<N extends keyof Messages>(namespace: N, locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale], namespace });
}

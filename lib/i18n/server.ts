import 'server-only';
import { createTranslator } from 'use-intl';
import { defaultLocale, messages } from './messages';

/** Translations for server components, namespaced like `useTranslations`. */
export function serverTranslator<N extends keyof typeof messages>(namespace: N) {
  return createTranslator({ locale: defaultLocale, messages, namespace });
}

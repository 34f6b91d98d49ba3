import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import uz from '@/messages/uz.json';
import { defaultLocale, type Locale } from './locales';

export { defaultLocale } from './locales';

/** UI strings per language; tests/i18n checks that every file has the same keys and placeholders. */
export type Messages = typeof en;
export const messagesByLocale: Record<Locale, Messages> = { en, ru, uz };
export const messages: Messages = messagesByLocale[defaultLocale];

import 'server-only';
import { cookies, headers } from 'next/headers';
import { storedLocale } from '@/lib/auth/stored-locale';
import { getAppContext } from '@/lib/server/app-context';
import { chooseLocale, localeCookie, type Locale } from '@/lib/i18n/locales';

/**
 * This request's language: the person's choice in this browser (cookie) first, then the one a
 * signed-in database user stored, then the browser's preference (lib/i18n/locales.ts).
 */
export async function requestLocale(): Promise<Locale> {
  return chooseLocale({
    cookie: (await cookies()).get(localeCookie)?.value,
    stored: () => storedLocale(() => getAppContext().config.auth),
    acceptLanguage: (await headers()).get('accept-language'),
  });
}

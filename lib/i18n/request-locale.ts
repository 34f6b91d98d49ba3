import 'server-only';
import { cookies, headers } from 'next/headers';
import { isLocale, localeCookie, negotiateLocale, type Locale } from './locales';

/** This request's language: the person's choice (cookie) first, then the browser's preference. */
export async function requestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get('accept-language'));
}

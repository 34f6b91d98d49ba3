import type { Locale } from '@/lib/i18n/locales';
import type { Caller } from './roles';

/**
 * Stores a caller's language choice when they are a database user (true); everyone else keeps
 * it in the cookie alone (false).
 */
export async function rememberLocale(
  caller: Caller,
  locale: Locale,
  save: (uid: string, locale: Locale) => Promise<boolean>,
): Promise<boolean> {
  if (caller.kind !== 'user' || !caller.uid) return false;
  return save(caller.uid, locale);
}

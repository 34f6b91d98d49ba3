import 'server-only';
import { getServerSession } from 'next-auth';
import type { AuthConfig } from '@/lib/config/schema';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { accountStore } from './account-store';
import { getAuthOptions } from './auth-options';

/**
 * The language the signed-in database user stored with the switch, or null: for nobody signed
 * in, a bootstrap or single-sign-on user (no row to store it in), or on any failure (the language
 * then falls back to Accept-Language rather than failing the page). One read by primary key.
 */
export async function storedLocale(auth: () => AuthConfig): Promise<Locale | null> {
  try {
    const session = await getServerSession(getAuthOptions(auth()));
    if (session?.account !== 'db' || !session.uid) return null;
    const user = await accountStore().getUser(session.uid);
    return user && !user.disabled && isLocale(user.locale) ? user.locale : null;
  } catch {
    return null;
  }
}

import 'server-only';
import { cookies } from 'next/headers';
import { parseThemeChoice, themeCookie, type ThemeChoice } from './themes';

/** This request's theme choice, from the person's cookie. */
export async function requestTheme(): Promise<ThemeChoice> {
  return parseThemeChoice((await cookies()).get(themeCookie)?.value);
}

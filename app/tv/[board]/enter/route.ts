import { displayCookieName } from '@/lib/auth/display-access';
import { isHttpsRequest } from '@/lib/http/public-url';
import { displaySessionForKey } from '@/lib/server/tv/display-session';

export const dynamic = 'force-dynamic';

const maxCookieSeconds = 400 * 24 * 3600; // the longest lifetime browsers accept

/**
 * Trades a display link's key for an httpOnly cookie and redirects to the clean board URL, so the
 * key does not stay in the address bar. A key that is not ours clears the cookie instead.
 */
export async function GET(request: Request, route: { params: Promise<{ board: string }> }) {
  const { board } = await route.params;
  const url = new URL(request.url);
  const key = url.searchParams.get('key');
  const session = await displaySessionForKey(key).catch(() => null);
  const secure = isHttpsRequest(request);
  const flags = `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  let cookie = `${displayCookieName}=; ${flags}; Max-Age=0`;
  if (session && key) {
    const until = session.link.expiresAt
      ? (Date.parse(session.link.expiresAt) - Date.now()) / 1000
      : Infinity;
    const maxAge = Math.max(60, Math.min(maxCookieSeconds, Math.ceil(until)));
    cookie = `${displayCookieName}=${key}; ${flags}; Max-Age=${maxAge}`;
  }
  return new Response(null, {
    status: 303,
    headers: {
      Location: `/tv/${encodeURIComponent(board)}`,
      'Set-Cookie': cookie,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

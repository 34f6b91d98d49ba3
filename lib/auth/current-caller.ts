import 'server-only';
import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import { Role, type AuthConfig } from '@/lib/config/schema';
import { getAuthOptions } from './auth-options';
import type { Caller } from './roles';
import { safeEqual } from './verify-password';

/**
 * The signed-in person from the session cookie, or null. With `request`, its own headers are read
 * rather than Next's request scope: the live stream's Node-level server has no such scope.
 */
export async function sessionCaller(auth: AuthConfig, request?: Request): Promise<Caller | null> {
  const options = getAuthOptions(auth);
  const session = request
    ? await getServerSession(...sessionArgs(request, options))
    : await getServerSession(options);
  const name = session?.user?.name;
  if (!session || !name) return null;
  const role = Role.safeParse('role' in session ? session.role : undefined);
  return { kind: 'user', name, role: role.success ? role.data : 'viewer' };
}

/**
 * next-auth's (req, res, options) form, fed from a fetch Request. Cookies it would set (a renewed
 * expiry) are dropped, as the request-scope form drops them in route handlers.
 */
function sessionArgs<O>(request: Request, options: O) {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies[part.slice(0, at).trim()] = decodeCookie(part.slice(at + 1).trim());
  }
  const req = { headers: Object.fromEntries(request.headers), cookies };
  const res = {
    getHeader: () => undefined,
    setCookie: () => undefined,
    setHeader: () => undefined,
  };
  return [req, res, options] as unknown as [NextApiRequest, NextApiResponse, O];
}

function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A script presenting `Authorization: Bearer <API token>` from the configuration, or null. */
export function tokenCaller(
  authorization: string | null,
  apiTokens: AuthConfig['apiTokens'],
): Caller | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const presented = match[1];
  const token = apiTokens.find((t) => safeEqual(t.token, presented));
  return token ? { kind: 'token', name: token.name, role: token.role } : null;
}

/**
 * Who is calling: an API token when one is presented, otherwise the session, else whoever
 * `fallback` recognises (the server passes display links, which live in the app database).
 */
export async function currentCaller(
  request: Request,
  auth: AuthConfig,
  fallback?: (request: Request) => Promise<Caller | null>,
): Promise<Caller | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) return tokenCaller(authorization, auth.apiTokens);
  return (
    (await sessionCaller(auth, request).catch(() => null)) ?? (fallback ? fallback(request) : null)
  );
}

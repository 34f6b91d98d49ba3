import 'server-only';
import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import type { AuthConfig } from '@/lib/config/schema';
import { accountStore } from './account-store';
import { getAuthOptions } from './auth-options';
import type { Caller } from './roles';
import { callerFromSession } from './session-check';
import { safeEqual } from './verify-password';
import { scopeToSources } from './visibility';

/**
 * The signed-in person from the session cookie, or null; checked against the database on every
 * call (lib/auth/session-check.ts), so a disabled user or a changed role counts at once. With
 * `request`, its own headers are read rather than Next's request scope: the live stream's
 * Node-level server has no such scope.
 */
export async function sessionCaller(auth: AuthConfig, request?: Request): Promise<Caller | null> {
  const options = getAuthOptions(auth);
  const session = request
    ? await getServerSession(...sessionArgs(request, options))
    : await getServerSession(options);
  const name = session?.user?.name;
  if (!session || !name) return null;
  const store = accountStore();
  return callerFromSession(
    {
      name,
      role: session.role,
      account: session.account,
      uid: session.uid,
      signedInAt: session.signedInAt,
    },
    {
      bootstrapUsers: auth.users,
      getUser: (uid) => store.getUser(uid),
      visibilityFor: (username, role) => store.visibilityFor(username, role),
    },
  );
}

function bearer(authorization: string | null): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null;
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
  const presented = bearer(authorization);
  if (!presented) return null;
  const token = apiTokens.find((t) => safeEqual(t.token, presented));
  return token ? { kind: 'token', name: token.name, role: token.role } : null;
}

/** A token an admin created in /admin: found by its hash, active, with its role and source scope. */
export async function databaseTokenCaller(authorization: string | null): Promise<Caller | null> {
  const presented = bearer(authorization);
  if (!presented || !/^cbt_[A-Za-z0-9_-]{43}$/.test(presented)) return null;
  const token = await accountStore().findToken(presented);
  if (!token?.active) return null;
  return {
    kind: 'token',
    name: token.name,
    role: token.role,
    visibility: scopeToSources(token.sources),
  };
}

/**
 * Who is calling: an API token when one is presented, otherwise the session, else whoever
 * `fallback` recognises (the server passes display links, which live in the app database).
 * Checked against the database on every call: call it again to learn whether a caller is still
 * valid (a revoked token, a disabled user give null).
 */
export async function currentCaller(
  request: Request,
  auth: AuthConfig,
  fallback?: (request: Request) => Promise<Caller | null>,
): Promise<Caller | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    return (
      tokenCaller(authorization, auth.apiTokens) ??
      (await databaseTokenCaller(authorization).catch(() => null))
    );
  }
  return (
    (await sessionCaller(auth, request).catch(() => null)) ?? (fallback ? fallback(request) : null)
  );
}

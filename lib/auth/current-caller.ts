import 'server-only';
import { getServerSession } from 'next-auth';
import { Role, type AuthConfig } from '@/lib/config/schema';
import { getAuthOptions } from './auth-options';
import type { Caller } from './roles';
import { safeEqual } from './verify-password';

/** The signed-in person from the session cookie, or null. */
export async function sessionCaller(auth: AuthConfig): Promise<Caller | null> {
  const session = await getServerSession(getAuthOptions(auth));
  const name = session?.user?.name;
  if (!session || !name) return null;
  const role = Role.safeParse('role' in session ? session.role : undefined);
  return { kind: 'user', name, role: role.success ? role.data : 'viewer' };
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
  return (await sessionCaller(auth).catch(() => null)) ?? (fallback ? fallback(request) : null);
}

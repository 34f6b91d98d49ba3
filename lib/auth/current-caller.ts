import 'server-only';
import { getServerSession } from 'next-auth';
import { Role } from '@/lib/config/schema';
import { getAppContext } from '@/lib/server/app-context';
import { displaySessionOf } from '@/lib/server/tv/display-session';
import { getAuthOptions } from './auth-options';
import type { Caller } from './roles';
import { safeEqual } from './verify-password';

/** The signed-in person from the session cookie, or null. */
export async function sessionCaller(): Promise<Caller | null> {
  const session = await getServerSession(getAuthOptions());
  const name = session?.user?.name;
  if (!session || !name) return null;
  const role = Role.safeParse('role' in session ? session.role : undefined);
  return { kind: 'user', name, role: role.success ? role.data : 'viewer' };
}

/** A script presenting `Authorization: Bearer <API token>` from the configuration, or null. */
export function tokenCaller(authorization: string | null): Caller | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const presented = match[1];
  const token = getAppContext().config.auth.apiTokens.find((t) => safeEqual(t.token, presented));
  return token ? { kind: 'token', name: token.name, role: token.role } : null;
}

/** A TV presenting an active display link's key in its cookie, or null. */
export async function displayCaller(request: Request): Promise<Caller | null> {
  const session = await displaySessionOf(request);
  if (!session || session.state !== 'active') return null;
  return { kind: 'display', name: session.link.name, role: 'viewer', display: session.access };
}

/** Who is calling: an API token when one is presented, otherwise the session, else a display link. */
export async function currentCaller(request: Request): Promise<Caller | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) return tokenCaller(authorization);
  return (await sessionCaller().catch(() => null)) ?? displayCaller(request);
}

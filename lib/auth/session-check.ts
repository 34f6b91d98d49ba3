import type { Role, UserConfig } from '@/lib/config/schema';
import type { Caller } from './roles';
import type { Visibility } from './visibility';

/** A person's sessions last this long from sign-in, however often they are used. */
export const sessionHours = 12;

/** What a session cookie says about its person (next-auth's JWT, as the session callback exposes it). */
export interface SessionClaims {
  name: string;
  role?: Role;
  account?: 'config' | 'db' | 'oidc';
  uid?: string;
  signedInAt?: number;
}

export interface SessionDeps {
  bootstrapUsers: readonly UserConfig[];
  getUser(uid: string): Promise<{
    username: string;
    role: Role;
    disabled: boolean;
    sessionsValidAfter: string;
  } | null>;
  visibilityFor(username: string, role: Role): Promise<Visibility>;
  now?: number;
}

/**
 * The caller a session stands for, checked against the current state on every request: a
 * database user who was deleted, disabled or had their password reset after signing in is
 * refused, and their role is read afresh (a changed role applies at once). A bootstrap user
 * removed from the config file is refused too. Sessions older than 12 h are refused.
 */
export async function callerFromSession(
  claims: SessionClaims,
  deps: SessionDeps,
): Promise<Caller | null> {
  const now = deps.now ?? Date.now();
  const { signedInAt } = claims;
  if (typeof signedInAt !== 'number' || now - signedInAt > sessionHours * 3_600_000) return null;
  let username = claims.name;
  let role: Role;
  let uid: string | undefined;
  if (claims.account === 'db') {
    const user = claims.uid ? await deps.getUser(claims.uid) : null;
    if (!user || user.disabled || signedInAt < Date.parse(user.sessionsValidAfter)) return null;
    username = user.username;
    role = user.role;
    uid = claims.uid;
  } else if (claims.account === 'config') {
    const user = deps.bootstrapUsers.find((candidate) => candidate.username === claims.name);
    if (!user) return null;
    role = user.role;
  } else if (claims.account === 'oidc' && claims.role) {
    // The provider is the source of truth for single sign-on: its role holds until the session ends.
    role = claims.role;
  } else {
    return null;
  }
  return {
    kind: 'user',
    name: username,
    role,
    visibility: await deps.visibilityFor(username, role),
    ...(uid ? { uid } : {}),
  };
}

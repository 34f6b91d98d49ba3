import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/config/schema';
import { callerFromSession, type SessionDeps } from './session-check';

const now = Date.parse('2026-12-04T12:00:00Z');
const signedInAt = now - 3_600_000;
const users = new Map([
  [
    'u1',
    {
      username: 'ann',
      role: 'manager' as Role,
      disabled: false,
      sessionsValidAfter: '2026-12-01T00:00:00Z',
    },
  ],
]);
const deps = (change: Partial<SessionDeps> = {}): SessionDeps => ({
  bootstrapUsers: [{ username: 'boot', password: 'boot-secret', role: 'admin' }],
  getUser: (uid) => Promise.resolve(users.get(uid) ?? null),
  visibilityFor: (_name, role) => Promise.resolve(role === 'viewer' ? { hq: ['sales'] } : null),
  now,
  ...change,
});

describe('callerFromSession', () => {
  it("reads a database user's current role and visibility", async () => {
    const claims = {
      name: 'ann',
      role: 'admin' as Role,
      account: 'db' as const,
      uid: 'u1',
      signedInAt,
    };
    expect(await callerFromSession(claims, deps())).toEqual({
      kind: 'user',
      name: 'ann',
      role: 'manager',
      visibility: null,
      uid: 'u1',
    });
    const demoted = deps({
      getUser: () =>
        Promise.resolve({
          username: 'ann',
          role: 'viewer',
          disabled: false,
          sessionsValidAfter: '2026-12-01T00:00:00Z',
        }),
    });
    expect(await callerFromSession(claims, demoted)).toMatchObject({
      role: 'viewer',
      visibility: { hq: ['sales'] },
    });
  });

  it('refuses a deleted or disabled user, and sessions from before a reset', async () => {
    const claims = { name: 'ann', account: 'db' as const, uid: 'u1', signedInAt };
    expect(await callerFromSession({ ...claims, uid: 'gone' }, deps())).toBeNull();
    const disabled = deps({
      getUser: () =>
        Promise.resolve({
          username: 'ann',
          role: 'manager',
          disabled: true,
          sessionsValidAfter: '2026-12-01T00:00:00Z',
        }),
    });
    expect(await callerFromSession(claims, disabled)).toBeNull();
    const reset = deps({
      getUser: () =>
        Promise.resolve({
          username: 'ann',
          role: 'manager',
          disabled: false,
          sessionsValidAfter: new Date(signedInAt + 1).toISOString(),
        }),
    });
    expect(await callerFromSession(claims, reset)).toBeNull();
  });

  it('ends every session 12 hours after sign-in, and refuses sessions without a sign-in time', async () => {
    const boot = { name: 'boot', account: 'config' as const };
    expect(
      await callerFromSession({ ...boot, signedInAt: now - 11.9 * 3_600_000 }, deps()),
    ).toMatchObject({ role: 'admin' });
    expect(
      await callerFromSession({ ...boot, signedInAt: now - 12.1 * 3_600_000 }, deps()),
    ).toBeNull();
    expect(await callerFromSession(boot, deps())).toBeNull();
  });

  it('takes bootstrap roles from the config file and single sign-on roles from the session', async () => {
    expect(
      await callerFromSession(
        { name: 'boot', role: 'viewer', account: 'config', signedInAt },
        deps(),
      ),
    ).toMatchObject({ role: 'admin' });
    expect(
      await callerFromSession({ name: 'removed', account: 'config', signedInAt }, deps()),
    ).toBeNull();
    expect(
      await callerFromSession({ name: 'sso', role: 'viewer', account: 'oidc', signedInAt }, deps()),
    ).toEqual({
      kind: 'user',
      name: 'sso',
      role: 'viewer',
      visibility: { hq: ['sales'] },
    });
    // A cookie from before accounts existed names no account: signed in again, it gets one.
    expect(await callerFromSession({ name: 'boot', role: 'admin', signedInAt }, deps())).toBeNull();
  });
});

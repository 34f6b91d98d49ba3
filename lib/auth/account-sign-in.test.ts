import bcrypt from 'bcryptjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserConfig } from '@/lib/config/schema';
import { verifyAccountSignIn, type StoredAccount } from './account-sign-in';

const users: UserConfig[] = [{ username: 'boot', password: 'boot-secret', role: 'admin' }];
const stored: StoredAccount[] = [
  {
    id: 'u1',
    username: 'ann',
    role: 'supervisor',
    passwordHash: bcrypt.hashSync('ann-secret', 4),
    disabled: false,
  },
  {
    id: 'u2',
    username: 'gone',
    role: 'viewer',
    passwordHash: bcrypt.hashSync('gone-secret', 4),
    disabled: true,
  },
];
const find = (name: string) => Promise.resolve(stored.find((u) => u.username === name) ?? null);

afterEach(() => vi.restoreAllMocks());

describe('verifyAccountSignIn', () => {
  it('signs in bootstrap and database users with their role, and refuses the rest', async () => {
    expect(await verifyAccountSignIn(users, find, 'boot', 'boot-secret')).toEqual({
      account: 'config',
      username: 'boot',
      role: 'admin',
    });
    expect(await verifyAccountSignIn(users, find, 'ann', 'ann-secret')).toEqual({
      account: 'db',
      username: 'ann',
      role: 'supervisor',
      uid: 'u1',
    });
    expect(await verifyAccountSignIn(users, find, 'ann', 'wrong')).toBeUndefined();
    expect(await verifyAccountSignIn(users, find, 'gone', 'gone-secret')).toBeUndefined();
    expect(await verifyAccountSignIn(users, find, 'nobody', 'x')).toBeUndefined();
  });

  it('does one bcrypt comparison for every kind of user, existing, disabled or missing', async () => {
    const compare = vi.spyOn(bcrypt, 'compare');
    for (const username of ['boot', 'ann', 'gone', 'nobody', '']) {
      compare.mockClear();
      expect(await verifyAccountSignIn(users, find, username, 'wrong')).toBeUndefined();
      expect(compare, username).toHaveBeenCalledTimes(1);
    }
  });
});

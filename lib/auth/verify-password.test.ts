import bcrypt from 'bcryptjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserConfig } from '@/lib/config/schema';
import { verifySignIn } from './verify-password';

const users: UserConfig[] = [
  { username: 'plain', password: 'plain-secret', role: 'viewer' },
  { username: 'hashed', passwordHash: bcrypt.hashSync('hashed-secret', 4), role: 'admin' },
];

afterEach(() => vi.restoreAllMocks());

describe('verifySignIn', () => {
  it('signs in with a plain or hashed password, and refuses a wrong one', async () => {
    expect((await verifySignIn(users, 'plain', 'plain-secret'))?.username).toBe('plain');
    expect((await verifySignIn(users, 'hashed', 'hashed-secret'))?.username).toBe('hashed');
    expect(await verifySignIn(users, 'plain', 'nope')).toBeUndefined();
    expect(await verifySignIn(users, 'hashed', 'nope')).toBeUndefined();
  });

  it('does one bcrypt comparison whether the user exists or not', async () => {
    const compare = vi.spyOn(bcrypt, 'compare');
    for (const username of ['plain', 'hashed', 'missing']) {
      compare.mockClear();
      expect(await verifySignIn(users, username, 'wrong')).toBeUndefined();
      expect(compare).toHaveBeenCalledTimes(1);
    }
  });
});

import bcrypt from 'bcryptjs';
import type { Role, UserConfig } from '@/lib/config/schema';
import { decoyCompare, verifyPassword } from './verify-password';

/** A person stored in the database, as sign-in needs them. */
export interface StoredAccount {
  id: string;
  username: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

/** Who a password sign-in admits: a bootstrap user (config file) or a database user. */
export type SignedInAccount =
  | { account: 'config'; username: string; role: Role }
  | { account: 'db'; username: string; role: Role; uid: string };

/**
 * Checks a password sign-in against the bootstrap users first, then the database. Every path
 * costs exactly one bcrypt comparison — a missing user, a disabled one, a plain or hashed
 * bootstrap password — so the answer time does not tell whether or how a user exists.
 */
export async function verifyAccountSignIn(
  users: readonly UserConfig[],
  findStored: (username: string) => Promise<StoredAccount | null>,
  username: string,
  password: string,
): Promise<SignedInAccount | undefined> {
  const bootstrap = users.find((user) => user.username === username);
  if (bootstrap) {
    return (await verifyPassword(bootstrap, password))
      ? { account: 'config', username, role: bootstrap.role }
      : undefined;
  }
  const stored = username ? await findStored(username) : null;
  if (!stored) {
    await decoyCompare(password);
    return undefined;
  }
  const matches = await bcrypt.compare(password, stored.passwordHash);
  if (!matches || stored.disabled) return undefined;
  return { account: 'db', username: stored.username, role: stored.role, uid: stored.id };
}

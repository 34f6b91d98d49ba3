import { createHash, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { UserConfig } from '@/lib/config/schema';

/** Compares in constant time; hashing first makes the lengths equal so length leaks nothing. */
export function safeEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * bcrypt cost of the passwords Callboard hashes itself (database users). 10 is what `npx bcryptjs`
 * and most tools default to, so it is also what a configured hash usually costs; the decoy below
 * costs the same, so a missing user takes as long as a stored one.
 */
export const passwordCost = 10;

let decoyHash: string | undefined;
const decoy = () => (decoyHash ??= bcrypt.hashSync('callboard-decoy-password', passwordCost));

/** One bcrypt comparison that cannot succeed: the work a missing user costs. */
export async function decoyCompare(password: string): Promise<void> {
  await bcrypt.compare(password, decoy());
}

/** A new password's hash for the database. */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, passwordCost);
}

/** Checks a sign-in password against a bootstrap user's plain password or bcrypt hash. */
export async function verifyPassword(user: UserConfig, password: string): Promise<boolean> {
  if (user.passwordHash) return bcrypt.compare(password, user.passwordHash);
  // A plain password costs one bcrypt too, so the answer time does not tell how a user is stored.
  await decoyCompare(password);
  return user.password !== undefined && safeEqual(user.password, password);
}

/**
 * The user these credentials sign in, or undefined. A missing user costs the same bcrypt work as
 * an existing one, so the answer time does not tell whether a name exists.
 */
export async function verifySignIn<U extends UserConfig>(
  users: readonly U[],
  username: string,
  password: string,
): Promise<U | undefined> {
  const user = users.find((candidate) => candidate.username === username);
  if (!user) {
    await decoyCompare(password);
    return undefined;
  }
  return (await verifyPassword(user, password)) ? user : undefined;
}

import { createHash, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { UserConfig } from '@/lib/config/schema';

/** Compares in constant time; hashing first makes the lengths equal so length leaks nothing. */
export function safeEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

// Cost 10, as `npx bcryptjs` and most tools default to: what a configured hash usually costs.
let decoyHash: string | undefined;
const decoy = () => (decoyHash ??= bcrypt.hashSync('callboard-decoy-password', 10));

/** Checks a sign-in password against a bootstrap user's plain password or bcrypt hash. */
export async function verifyPassword(user: UserConfig, password: string): Promise<boolean> {
  if (user.passwordHash) return bcrypt.compare(password, user.passwordHash);
  // A plain password costs one bcrypt too, so the answer time does not tell how a user is stored.
  await bcrypt.compare(password, decoy());
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
    await bcrypt.compare(password, decoy());
    return undefined;
  }
  return (await verifyPassword(user, password)) ? user : undefined;
}

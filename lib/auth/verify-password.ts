import { createHash, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { UserConfig } from '@/lib/config/schema';

/** Compares in constant time; hashing first makes the lengths equal so length leaks nothing. */
export function safeEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** Checks a sign-in password against a bootstrap user's plain password or bcrypt hash. */
export async function verifyPassword(user: UserConfig, password: string): Promise<boolean> {
  if (user.passwordHash) return bcrypt.compare(password, user.passwordHash);
  return user.password !== undefined && safeEqual(user.password, password);
}

import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: the secret in a display link. */
export function newDisplayKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * sha-256 suffices for a 32-byte random key (no dictionary to guess from, unlike a password);
 * lookups by hash also avoid comparing secrets in a timing-dependent way.
 */
export function hashDisplayKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A presented key that could be ours: 43 base64url characters. Anything else is not looked up. */
export function isWellFormedDisplayKey(key: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(key);
}

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashDisplayKey, isWellFormedDisplayKey, newDisplayKey } from './display-key';

describe('display keys', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const a = newDisplayKey();
    const b = newDisplayKey();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(isWellFormedDisplayKey(a)).toBe(true);
  });

  it('hash to sha-256 hex, which does not contain the key', () => {
    const key = newDisplayKey();
    const hash = hashDisplayKey(key);
    expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(key);
  });

  it('refuses malformed keys before any lookup', () => {
    expect(isWellFormedDisplayKey('')).toBe(false);
    expect(isWellFormedDisplayKey('a'.repeat(42))).toBe(false);
    expect(isWellFormedDisplayKey(`${'a'.repeat(42)}/`)).toBe(false);
  });
});

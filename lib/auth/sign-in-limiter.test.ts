import { describe, expect, it } from 'vitest';
import { clientAddress, SignInLimiter } from './sign-in-limiter';

describe('SignInLimiter', () => {
  it('refuses the 6th attempt after 5 failures in 15 minutes, with the wait until one expires', () => {
    let now = 0;
    const limiter = new SignInLimiter(undefined, () => now);
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.check('10.0.0.1', 'admin')).toEqual({ allowed: true });
      limiter.recordFailure('10.0.0.1', 'admin');
      now += 1000;
    }
    expect(limiter.check('10.0.0.1', 'admin')).toEqual({
      allowed: false,
      retryAfterSeconds: 15 * 60 - 5,
    });
    // The same name from another address waits too; another name from that address does not.
    expect(limiter.check('10.0.0.2', 'ADMIN').allowed).toBe(false);
    expect(limiter.check('10.0.0.1', 'someone').allowed).toBe(true);
    now += 15 * 60_000;
    expect(limiter.check('10.0.0.1', 'admin')).toEqual({ allowed: true });
  });

  it('treats a name that does not exist exactly like one that does', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 5; i += 1) limiter.recordFailure(`10.0.0.${i}`, 'nobody');
    expect(limiter.check('10.0.0.9', 'nobody').allowed).toBe(false);
  });

  it('clears the name’s count on success', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 4; i += 1) limiter.recordFailure(`10.0.1.${i}`, 'admin');
    limiter.recordSuccess('admin');
    limiter.recordFailure('10.0.2.1', 'admin');
    expect(limiter.check('10.0.2.2', 'admin').allowed).toBe(true);
  });
});

describe('SignInLimiter per address', () => {
  it('refuses an address after 30 failures over any names', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 30; i += 1) limiter.recordFailure('192.0.2.1', `user-${i}`);
    expect(limiter.check('192.0.2.1', 'fresh-name').allowed).toBe(false);
    expect(limiter.check('192.0.2.2', 'fresh-name').allowed).toBe(true);
  });
});

describe('clientAddress', () => {
  it('takes the first X-Forwarded-For hop', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe(
      '203.0.113.9',
    );
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});

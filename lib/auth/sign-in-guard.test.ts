import { describe, expect, it } from 'vitest';
import { guardSignIn, type SignInOutcome } from './sign-in-guard';
import { SignInLimiter } from './sign-in-limiter';

const attempt = (username: string, address = '198.51.100.7') =>
  new Request('http://callboard.test/api/auth/callback/credentials', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': address,
    },
    body: new URLSearchParams({ username, password: 'wrong', json: 'true' }),
  });

const refusedByNextAuth = async () =>
  Response.json(
    { url: 'http://callboard.test/api/auth/error?error=CredentialsSignin' },
    { status: 401 },
  );

describe('guardSignIn', () => {
  it('answers the 6th wrong password in a row with 429 and Retry-After, existing user or not', async () => {
    for (const username of ['admin', 'no-such-user']) {
      const limiter = new SignInLimiter();
      const outcomes: SignInOutcome[] = [];
      let checked = 0;
      const run = async () => {
        checked += 1;
        return refusedByNextAuth();
      };
      for (let i = 0; i < 5; i += 1) {
        const response = await guardSignIn(attempt(username), run, {
          limiter,
          onOutcome: (o) => outcomes.push(o),
        });
        expect(response.status).toBe(401);
      }
      const sixth = await guardSignIn(attempt(username), run, {
        limiter,
        onOutcome: (o) => outcomes.push(o),
      });
      expect(sixth.status).toBe(429);
      expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(800);
      const body = (await sixth.json()) as { url: string };
      expect(new URL(body.url).searchParams.get('error')).toBe('RateLimited');
      // Refused before next-auth runs: no password was checked for the 6th.
      expect(checked).toBe(5);
      expect(outcomes.map((o) => o.outcome)).toEqual([...Array(5).fill('failure'), 'limited']);
      expect(outcomes[0]).toMatchObject({ username, address: '198.51.100.7' });
    }
  });

  it('passes other auth requests through untouched and clears the count on success', async () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 4; i += 1)
      await guardSignIn(attempt('admin'), refusedByNextAuth, { limiter });
    const ok = await guardSignIn(
      attempt('admin'),
      async () => Response.json({ url: 'http://callboard.test/' }),
      { limiter },
    );
    expect(ok.status).toBe(200);
    await guardSignIn(attempt('admin'), refusedByNextAuth, { limiter });
    expect(limiter.check('203.0.113.1', 'admin').allowed).toBe(true);
    const session = await guardSignIn(
      new Request('http://callboard.test/api/auth/session'),
      async () => new Response('{}'),
      { limiter },
    );
    expect(session.status).toBe(200);
  });
});

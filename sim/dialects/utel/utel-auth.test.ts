import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../testing/harness';
import { EMAIL, JSON_HEADERS, login, startUtel, type UtelTestSim } from './test-kit';

type Json = Record<string, unknown>;
let t: UtelTestSim;

beforeAll(async () => {
  t = await startUtel();
});
afterAll(async () => {
  await t.sim.close();
});

describe('utel login, me, logout', () => {
  it('logs in with the Sanctum token envelope and answers /auth/me', async () => {
    const res = await login(t.base);
    expect(res.status).toBe(200);
    const body = res.body as { status: string; code: number; message: string; result: Json };
    expect(body).toMatchObject({
      status: 'success',
      code: 200,
      message: 'User successfully authenticated',
    });
    expect(body.result.access_token).toMatch(/^\d+\|[A-Za-z0-9]{40}$/);
    const me = await t.get('/auth/me');
    expect(me.body).toEqual({
      status: 'success',
      code: 200,
      result: {
        id: 1,
        name: 'Callboard Wallboard',
        email: EMAIL,
        type: { number: 1, name: 'ADMIN' },
        created_at: '2025-11-28T07:02:52.000000Z',
      },
      message: 'Ok',
    });
  });

  it('accepts a form body and a case-insensitive email', async () => {
    const res = await call(`${t.base}/auth/login`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${encodeURIComponent(EMAIL.toUpperCase())}&password=utel-demo-password`,
    });
    expect(res.status).toBe(200);
  });

  it('rejects bad logins with 422 validation or the 401 error envelope', async () => {
    const missing = await call(`${t.base}/auth/login`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{}',
    });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({
      message: 'The email field is required. (and 1 more error)',
      errors: {
        email: ['The email field is required.'],
        password: ['The password field is required.'],
      },
    });
    const badEmail = await login(t.base, 'not-an-email', 'x');
    expect(badEmail.status).toBe(422);
    expect((badEmail.body as { errors: Json }).errors).toEqual({
      email: ['The email field must be a valid email address.'],
    });
    const wrong = await login(t.base, EMAIL, 'wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      status: 'error',
      code: 401,
      result: null,
      message: 'Email or password is incorrect',
    });
  });

  it('keeps tokens valid forever until logout revokes exactly that token', async () => {
    const a = ((await login(t.base)).body as { result: { access_token: string } }).result
      .access_token;
    const b = ((await login(t.base)).body as { result: { access_token: string } }).result
      .access_token;
    expect(a).not.toBe(b);
    t.clock.advance(400 * 86_400_000);
    const auth = (token: string) => ({ ...JSON_HEADERS, authorization: `Bearer ${token}` });
    expect((await call(`${t.base}/auth/me`, { headers: auth(a) })).status).toBe(200);
    const out = await call(`${t.base}/auth/logout`, { method: 'POST', headers: auth(a) });
    expect(out.body).toEqual({
      status: 'success',
      code: 200,
      result: null,
      message: 'Successfully logged out',
    });
    expect((await call(`${t.base}/auth/me`, { headers: auth(a) })).status).toBe(401);
    expect((await call(`${t.base}/auth/me`, { headers: auth(b) })).status).toBe(200);
    t.clock.advance(-400 * 86_400_000);
  });

  it('answers 401 Unauthenticated without, or with an unknown, token', async () => {
    for (const authorization of [undefined, 'Bearer 1|nope', 'Basic abc']) {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (authorization) headers.authorization = authorization;
      const res = await call(`${t.base}/statistic/calls-count?from=2026-01-31&to=2026-01-31`, {
        headers,
      });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ message: 'Unauthenticated.' });
    }
  });
});

describe('utel quirks and errors', () => {
  it('serves the HTML welcome page with 200 when the client does not ask for JSON', async () => {
    const variants: Record<string, string>[] = [
      { authorization: `Bearer ${t.token}` },
      { authorization: `Bearer ${t.token}`, accept: '*/*' },
      { authorization: `Bearer ${t.token}`, accept: 'text/html, application/json;q=0.9' },
    ];
    for (const headers of variants) {
      const res = await call(`${t.base}/auth/me`, { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.text).toContain('Welcome to Utel');
    }
    const post = await call(`${t.base}/auth/login`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(200);
    expect(post.text).toContain('Welcome to Utel');
    const xhr = await call(`${t.base}/auth/me`, {
      headers: { authorization: `Bearer ${t.token}`, 'x-requested-with': 'XMLHttpRequest' },
    });
    expect(xhr.status).toBe(200);
    expect((xhr.body as Json).status).toBe('success');
  });

  it('answers unknown routes 404 and wrong methods 405 in Laravel style', async () => {
    const missing = await t.get('/statistic/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      message: 'The route api/v1/statistic/nope could not be found.',
    });
    const wrong = await t.get('/auth/login');
    expect(wrong.status).toBe(405);
    expect(wrong.body).toEqual({
      message:
        'The GET method is not supported for route api/v1/auth/login. Supported methods: POST.',
    });
    expect((await t.get('/auth/me/')).status).toBe(200);
  });
});

describe('utel throttle', () => {
  it('limits each user per minute with Laravel headers and resets after the window', async () => {
    const s = await startUtel({ utel: { rateLimitPerMinute: 3 } });
    try {
      // The login in startUtel used one hit of the anonymous (per address) bucket only.
      const first = await s.get('/auth/me');
      expect(first.headers.get('x-ratelimit-limit')).toBe('3');
      expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
      await s.get('/auth/me');
      await s.get('/auth/me');
      const limited = await s.get('/auth/me');
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({ message: 'Too Many Attempts.' });
      expect(limited.headers.get('retry-after')).toBe('60');
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(Number(limited.headers.get('x-ratelimit-reset'))).toBe(
        Math.floor(s.clock.now() / 1000) + 60,
      );
      const anonymous = await call(`${s.base}/auth/me`, {
        headers: { accept: 'application/json' },
      });
      expect(anonymous.status).toBe(401);
      s.clock.advance(60_000);
      expect((await s.get('/auth/me')).status).toBe(200);
    } finally {
      await s.sim.close();
    }
  });
});

describe('utel faults profile', () => {
  it('counts by path only and answers expired-token with the Laravel 401', async () => {
    t.sim.resetRequests();
    await t.get('/statistic/calls-count?from=2026-01-31&to=2026-01-31&external_number=secret');
    await t.get('/call-history/?filter[src]=998');
    const counts = t.sim.requests().byApi.utel;
    expect(counts?.byPath).toEqual({ '/statistic/calls-count': 1, '/call-history': 1 });
    t.sim.faults.set('utel', { mode: 'expired-token', count: 1 });
    const res = await t.get('/auth/me');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ message: 'Unauthenticated.' });
    t.sim.faults.set('utel', { mode: 'schema-missing', count: 2 });
    const stats = (await t.get('/statistic/calls-count?from=2026-01-31&to=2026-01-31'))
      .body as Json;
    expect(Object.keys(stats)).toEqual(['status', 'code', 'message']);
    const history = (await t.get('/call-history?per_page=1&filter[from]=2026-01-31')).body as Json;
    expect(Object.keys(history).sort()).toEqual(['links', 'meta']);
  });
});

import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, send, serve, type SeenRequest } from '@/lib/testing/test-http-server';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { UtelCallsCountWire } from './api-types';
import { createUtelClient, type UtelCredentials } from './client';
import { readFixture } from '@/lib/testing/fixtures';

afterEach(closeServers);

const email = 'ops@example.uz';
const password = 'pa55-w0rd-secret';
const context = { timeoutMs: 1000 };
const params = { from: '2026-01-13 00:00:00', to: '2026-01-13 23:59:59' };

function fixture(name: string): string {
  return readFixture('utel', name);
}

interface FakeUtel {
  /** Tokens handed out by successive logins (the last one repeats). */
  issue: string[];
  /** Tokens the statistics endpoints accept. */
  valid: Set<string>;
  login?: (res: ServerResponse) => void;
  stats?: (res: ServerResponse) => void;
}

/** A UTEL stand-in on 127.0.0.1; the test changes `fake` to script it. */
async function start(credentials: Partial<UtelCredentials> = { email, password }) {
  const fake: FakeUtel = { issue: ['1|first', '2|second'], valid: new Set() };
  let logins = 0;
  const { root, seen } = await serve((request, res) => {
    if (request.path === '/api/v1/auth/login') {
      const issued = fake.issue[Math.min(logins, fake.issue.length - 1)] ?? '';
      logins += 1;
      fake.valid.add(issued);
      if (fake.login) return fake.login(res);
      return send(
        res,
        200,
        JSON.stringify({ status: 'success', result: { access_token: issued } }),
      );
    }
    const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (!fake.valid.has(bearer)) return send(res, 401, fixture('error-401.json'));
    if (fake.stats) return fake.stats(res);
    send(res, 200, fixture('calls-count.json'));
  });
  const api = createUtelClient({ baseUrl: `${root}/api/v1/`, ...credentials });
  const count = () => api.statistic('calls-count', UtelCallsCountWire, params, context);
  return { fake, seen, count };
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error('expected an UpstreamError');
  for (const secret of [email, password, '1|first', '127.0.0.1', '2026-01-13']) {
    expect(error.message).not.toContain(secret);
  }
  return error;
}

const paths = (seen: SeenRequest[]) => seen.map((request) => `${request.method} ${request.path}`);

describe('utel client: auth', () => {
  it('logs in with email and password, then sends the Bearer token and JSON headers', async () => {
    const { seen, count } = await start();
    expect((await count()).incoming.total).toBe(150);
    expect(paths(seen)).toEqual(['POST /api/v1/auth/login', 'GET /api/v1/statistic/calls-count']);
    const [login, stats] = seen;
    expect(JSON.parse(login?.body ?? '')).toEqual({ email, password });
    for (const request of [login, stats]) {
      expect(request?.headers.accept).toBe('application/json');
      expect(request?.headers['content-type']).toBe('application/json');
    }
    expect(stats?.headers.authorization).toBe('Bearer 1|first');
    expect(stats?.rawQuery).toBe('from=2026-01-13%2000%3A00%3A00&to=2026-01-13%2023%3A59%3A59');
  });

  it('logs in once for concurrent first calls and keeps the token (it never expires)', async () => {
    const { seen, count } = await start();
    await Promise.all([count(), count(), count()]);
    await count();
    expect(paths(seen).filter((path) => path.startsWith('POST'))).toHaveLength(1);
    expect(seen).toHaveLength(5);
  });

  it('accepts the bare-string login answer of the sandbox spec', async () => {
    const bare = JSON.parse(fixture('login-bare-string.json')) as string;
    const { fake, seen, count } = await start();
    fake.issue = [bare];
    fake.login = (res) => send(res, 200, fixture('login-bare-string.json'));
    await count();
    expect(seen[1]?.headers.authorization).toBe(`Bearer ${bare}`);
  });

  it('logs in again once after a 401 and retries the request', async () => {
    const { fake, seen, count } = await start();
    await count();
    fake.valid.clear(); // the token was revoked, e.g. by /auth/logout elsewhere
    seen.splice(0);
    expect((await count()).outgoing.total).toBe(230);
    expect(paths(seen)).toEqual([
      'GET /api/v1/statistic/calls-count',
      'POST /api/v1/auth/login',
      'GET /api/v1/statistic/calls-count',
    ]);
    expect(seen[2]?.headers.authorization).toBe('Bearer 2|second');
  });

  it('gives up after one renewal when the new token is refused too', async () => {
    const { fake, seen, count } = await start();
    fake.stats = (res) => send(res, 401, fixture('error-401.json'));
    const error = await failure(count());
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('utel calls-count: authentication failed (Unauthenticated.)');
    expect(paths(seen)).toEqual([
      'POST /api/v1/auth/login',
      'GET /api/v1/statistic/calls-count',
      'POST /api/v1/auth/login',
      'GET /api/v1/statistic/calls-count',
    ]);
  });

  it('treats a 401 for a configured token as an auth error, without logging in', async () => {
    const { seen, count } = await start({ token: 'configured-token' });
    const error = await failure(count());
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('utel calls-count: authentication failed (Unauthenticated.)');
    expect(paths(seen)).toEqual(['GET /api/v1/statistic/calls-count']);
    expect(seen[0]?.headers.authorization).toBe('Bearer configured-token');
  });

  it('falls back to email and password when a configured token is refused', async () => {
    const { seen, count } = await start({ token: 'configured-token', email, password });
    await count();
    expect(paths(seen)).toEqual([
      'GET /api/v1/statistic/calls-count',
      'POST /api/v1/auth/login',
      'GET /api/v1/statistic/calls-count',
    ]);
  });

  it('renews on an error envelope with code 401 even when HTTP says 200', async () => {
    const { fake, seen, count } = await start();
    let first = true;
    fake.stats = (res) => {
      const envelope = { status: 'error', code: 401, message: 'Unauthenticated' };
      if (first) send(res, 200, JSON.stringify(envelope));
      else send(res, 200, fixture('calls-count.json'));
      first = false;
    };
    await count();
    expect(paths(seen).filter((path) => path.startsWith('POST'))).toHaveLength(2);
  });

  it('turns refused credentials (Laravel 422) into an auth error, secrets blanked', async () => {
    const { fake, count } = await start();
    fake.login = (res) =>
      send(
        res,
        422,
        JSON.stringify({
          message: `No user ${email} with password ${password}`,
          errors: { email: ['These credentials do not match our records.'] },
        }),
      );
    const error = await failure(count());
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'utel login: authentication failed (No user *** with password ***; email: These credentials do not match our records.)',
    );
  });

  it('reads the vendor 422 fixture as an auth failure at login', async () => {
    const { fake, count } = await start();
    fake.login = (res) => send(res, 422, fixture('error-422-login.json'));
    const error = await failure(count());
    expect(error.message).toBe(
      'utel login: authentication failed (These credentials do not match our records.)',
    );
  });

  it('treats an error envelope at login as refused credentials', async () => {
    const { fake, count } = await start();
    fake.login = (res) =>
      send(res, 200, '{"status":"error","code":401,"message":"Invalid credentials"}');
    const error = await failure(count());
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('utel login: authentication failed (Invalid credentials)');
  });
});

describe('utel client: errors and quirks', () => {
  it('reports a Laravel validation error with the field', async () => {
    const { fake, count } = await start();
    fake.stats = (res) =>
      send(res, 422, '{"message":"The given data was invalid.","errors":{"to":["Required."]}}');
    const error = await failure(count());
    expect(error.kind).toBe('http');
    expect(error.message).toBe(
      'utel calls-count: HTTP 422 (The given data was invalid.; to: Required.)',
    );
  });

  it('reports the vendor 422 fixture without repeating the message', async () => {
    const { fake, count } = await start();
    fake.stats = (res) => send(res, 422, fixture('error-422.json'));
    const error = await failure(count());
    expect(error.message).toBe('utel calls-count: HTTP 422 (The to field is required.)');
  });

  it('treats the {status:"error"} envelope as an error even with HTTP 200 (D2)', async () => {
    const { fake, count } = await start();
    fake.stats = (res) => send(res, 200, fixture('error-envelope.json'));
    const error = await failure(count());
    expect(error.kind).toBe('http');
    expect(error.details.status).toBe(500);
    expect(error.message).toBe('utel calls-count: error 500 (Third-party service unavailable)');
  });

  it('reads the envelope message from an HTTP error too', async () => {
    const { fake, count } = await start();
    fake.stats = (res) => send(res, 503, fixture('error-envelope.json'));
    const error = await failure(count());
    expect(error.message).toBe('utel calls-count: HTTP 503 (Third-party service unavailable)');
  });

  it('refuses the HTML welcome page served with 200 (D2), at login and for statistics', async () => {
    const html = fixture('welcome-page.html');
    const { fake, count } = await start();
    fake.login = (res) => send(res, 200, html, 'text/html');
    const loginError = await failure(count());
    expect(loginError.kind).toBe('parse');
    expect(loginError.message).toMatch(/^utel login: the answer is an HTML page, not JSON/);
    fake.login = undefined;
    fake.stats = (res) => send(res, 200, html, 'text/html');
    const statsError = await failure(count());
    expect(statsError.kind).toBe('parse');
    expect(statsError.message).toMatch(/^utel calls-count: the answer is an HTML page/);
  });

  it('reports a shape mismatch', async () => {
    const { fake, count } = await start();
    fake.stats = (res) => send(res, 200, '{"status":"success","result":{"incoming":{}}}');
    const error = await failure(count());
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/^utel calls-count: unexpected answer shape \(result\./);
  });

  it('passes a rate limit through with its wait', async () => {
    const { fake, count } = await start();
    fake.stats = (res) => {
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '30' });
      res.end('{"message":"Too Many Attempts."}');
    };
    const error = await failure(count());
    expect(error.kind).toBe('rate-limit');
    expect(error.details.retryAfterSeconds).toBe(30);
    expect(error.message).toBe('utel calls-count: rate limited (Too Many Attempts.)');
  });
});

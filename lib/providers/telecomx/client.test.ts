import type { ServerResponse } from 'node:http';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, send, serve as serveHttp } from '@/lib/testing/test-http-server';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import {
  cdrStatsBody,
  cdrStatsFields,
  createTelecomxClient,
  type TelecomxCredentials,
  type TelecomxStatsParams,
} from './client';
import { readFixture } from '@/lib/testing/fixtures';
import { redactSecrets } from '@/lib/upstream/secrets';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
}
type Handler = (seen: Seen, res: ServerResponse) => void;

afterEach(closeServers);

const password = 'pa55-w0rd-secret';
const token = 'm2m-token-0123456789';
const context = { timeoutMs: 1000 };
const zone = 'Europe/Copenhagen';
const params: TelecomxStatsParams = {
  from: DateTime.fromISO('2026-01-13', { zone }),
  to: DateTime.fromISO('2026-01-14', { zone }),
  grouping: 'HOUR',
};

function fixture(name: string): string {
  return readFixture('telecomx', name);
}

function json(res: ServerResponse, status: number, body: unknown) {
  send(res, status, typeof body === 'string' ? body : JSON.stringify(body));
}

const expired = {
  error: { message: 'Session has expired, please login', code: 'expired', status: 401 },
};

/** Serves one handler on 127.0.0.1:0 and records every request with its parsed JSON body. */
async function serve(
  handler: Handler,
  credentials: Omit<TelecomxCredentials, 'baseUrl'>,
  now?: () => number,
) {
  const seen: Seen[] = [];
  const { root } = await serveHttp((request, res) => {
    const entry = {
      method: request.method,
      url: request.url,
      authorization: request.headers.authorization,
      body: request.body ? (JSON.parse(request.body) as unknown) : undefined,
    };
    seen.push(entry);
    handler(entry, res);
  });
  const client = createTelecomxClient({ baseUrl: `${root}/`, ...credentials }, { now });
  return { client, seen };
}

/** A login server: `/auth/login` hands out tok-1, tok-2, …; stats accept only `valid` tokens. */
function loginServer(
  options: { valid?: (token: string) => boolean; minutes?: number | null } = {},
) {
  let issued = 0;
  const handler: Handler = (seen, res) => {
    if (seen.url === '/auth/login') {
      issued += 1;
      const minutes =
        options.minutes === undefined
          ? { expiresInMinutes: 15 }
          : options.minutes === null
            ? {}
            : { expiresInMinutes: options.minutes };
      json(res, 200, { token: `tok-${issued}`, ...minutes });
      return;
    }
    const bearer = seen.authorization?.replace(/^Bearer /, '') ?? '';
    if (options.valid && !options.valid(bearer)) json(res, 401, expired);
    else json(res, 200, fixture('cdrstats-hour-day.json'));
  };
  return handler;
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error('expected an UpstreamError');
  expect(error.message).not.toContain(password);
  expect(error.message).not.toContain(token);
  expect(error.message).not.toContain('127.0.0.1');
  return error;
}

describe('cdrStatsBody', () => {
  it('sends the range as UTC instants, `to` as the last millisecond, fields as an array', () => {
    expect(cdrStatsBody(params)).toEqual({
      from: '2026-01-12T23:00:00.000Z',
      to: '2026-01-13T22:59:59.999Z',
      groupingInterval: 'HOUR',
      direction: 'BOTH',
      ignoreLocal: true,
      fields: [...cdrStatsFields],
      format: 'JSON',
    });
  });

  it('uses the keys and value forms of the vendor example (array fields, not a string)', () => {
    const example = fixture('cdrstats-request-example.txt');
    for (const key of [
      'from',
      'to',
      'ignoreLocal',
      'direction',
      'groupingInterval',
      'fields',
      'format',
    ]) {
      expect(example).toContain(`${key}:`);
    }
    expect(example).toContain("fields: ['employeeName'");
    expect(Array.isArray(cdrStatsBody(params).fields)).toBe(true);
  });
});

describe('telecomx client with a machine token', () => {
  it('posts JSON with the Bearer token and validates the answer', async () => {
    const { client, seen } = await serve(
      (_seen, res) => json(res, 200, fixture('cdrstats-vendor-example.json')),
      { token },
    );
    const rows = await client.cdrStats(params, context);
    expect(rows.map((row) => row.employeeName)).toEqual([
      'Bo Madsen',
      'Benny Andersen',
      'Hans Hansen',
    ]);
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/pbx/cdrstats',
        authorization: `Bearer ${token}`,
        body: cdrStatsBody(params),
      },
    ]);
  });

  it('turns a rejected token into an auth error without trying to log in', async () => {
    const invalid = { error: { message: 'Undecipherable', code: 'invalid_token', status: 401 } };
    const { client, seen } = await serve((_seen, res) => json(res, 401, invalid), { token });
    const error = await failure(client.cdrStats(params, context));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'telecomx cdrstats: authentication failed (invalid_token: Undecipherable)',
    );
    expect(seen.map((request) => request.url)).toEqual(['/pbx/cdrstats']);
  });

  it('names the vendor error of a refused request (422, 403, the multiple-error form)', async () => {
    const bodies = [
      [422, { error: { message: 'Invalid date range', code: 'from', status: 422 } }],
      [
        403,
        { error: { message: 'Insufficient access level', code: 'access_denied', status: 403 } },
      ],
      [404, fixture('error-example.json')],
      [
        400,
        { error: [{ message: 'Invalid format', code: 'format', status: 400 }, { message: 'x' }] },
      ],
      [
        200,
        {
          error: {
            message: 'Invalid grouping interval - use MONTH, WEEK, DAY or HOUR',
            code: 'groupingInterval',
            status: 422,
          },
        },
      ],
    ] as const;
    let next = 0;
    const { client } = await serve(
      (_seen, res) => {
        const [status, body] = bodies[next] ?? [500, ''];
        next += 1;
        json(res, status, body);
      },
      { token },
    );
    const messages: string[] = [];
    for (let index = 0; index < bodies.length; index += 1) {
      const error = await failure(client.cdrStats(params, context));
      messages.push(`${error.kind} ${error.message}`);
    }
    expect(messages).toEqual([
      'http telecomx cdrstats: HTTP 422 (from: Invalid date range)',
      'auth telecomx cdrstats: authentication failed (access_denied: Insufficient access level)',
      'http telecomx cdrstats: HTTP 404 (mvnoAccount: MVNO account not found)',
      'http telecomx cdrstats: HTTP 400 (format: Invalid format)',
      'http telecomx cdrstats: groupingInterval: Invalid grouping interval - use MONTH, WEEK, DAY or HOUR',
    ]);
  });

  it('refuses an HTML page and an answer of the wrong shape', async () => {
    const answers = ['<html><body>Login</body></html>', '{"employees": []}'];
    const { client } = await serve((_seen, res) => json(res, 200, answers.shift() ?? ''), {
      token,
    });
    expect((await failure(client.cdrStats(params, context))).message).toBe(
      'telecomx cdrstats: the answer is not valid JSON (an HTML page)',
    );
    expect((await failure(client.cdrStats(params, context))).kind).toBe('schema');
  });
});

describe('telecomx client with username and password', () => {
  it('logs in once and reuses the token while it is valid', async () => {
    const { client, seen } = await serve(loginServer(), { username: 'ops@example.dk', password });
    await client.cdrStats(params, context);
    await client.cdrStats(params, context);
    expect(seen.map((request) => [request.url, request.authorization])).toEqual([
      ['/auth/login', undefined],
      ['/pbx/cdrstats', 'Bearer tok-1'],
      ['/pbx/cdrstats', 'Bearer tok-1'],
    ]);
    expect(seen[0]?.body).toEqual({ username: 'ops@example.dk', password });
    // The session token is masked wherever a message might repeat it.
    expect(redactSecrets('rejected tok-1')).toBe('rejected ***');
  });

  it('shares one login between concurrent callers', async () => {
    const { client, seen } = await serve(loginServer(), { username: 'u', password });
    await Promise.all([1, 2, 3].map(() => client.cdrStats(params, context)));
    expect(seen.filter((request) => request.url === '/auth/login')).toHaveLength(1);
  });

  it('renews a minute before the 15 minutes run out (also when the answer omits them)', async () => {
    for (const minutes of [15, null]) {
      let clock = 0;
      const { client, seen } = await serve(
        loginServer({ minutes }),
        { username: 'u', password },
        () => clock,
      );
      await client.cdrStats(params, context);
      clock = 13 * 60_000;
      await client.cdrStats(params, context);
      clock = 14 * 60_000 + 1;
      await client.cdrStats(params, context);
      expect(seen.map((request) => request.authorization ?? 'login')).toEqual([
        'login',
        'Bearer tok-1',
        'Bearer tok-1',
        'login',
        'Bearer tok-2',
      ]);
    }
  });

  it('keeps a persistent session (expiresInMinutes -1) until it is rejected', async () => {
    let clock = 0;
    const { client, seen } = await serve(
      loginServer({ minutes: -1 }),
      { username: 'u', password },
      () => clock,
    );
    await client.cdrStats(params, context);
    clock = 30 * 24 * 3600_000;
    await client.cdrStats(params, context);
    expect(seen.filter((request) => request.url === '/auth/login')).toHaveLength(1);
  });

  it('logs in again once when the session has expired (401 expired), for every waiting caller', async () => {
    const { client, seen } = await serve(loginServer({ valid: (bearer) => bearer !== 'tok-1' }), {
      username: 'u',
      password,
    });
    const rows = await Promise.all([1, 2, 3].map(() => client.cdrStats(params, context)));
    expect(rows.map((answer) => answer.length)).toEqual([3, 3, 3]);
    const auth = seen.map((request) => request.authorization ?? 'login');
    const count = (value: string) => auth.filter((seen) => seen === value).length;
    expect([count('login'), count('Bearer tok-1'), count('Bearer tok-2')]).toEqual([2, 3, 3]);
  });

  it('gives up after one renewal that is rejected too', async () => {
    const { client, seen } = await serve(loginServer({ valid: () => false }), {
      username: 'u',
      password,
    });
    const error = await failure(client.cdrStats(params, context));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'telecomx cdrstats: authentication failed (expired: Session has expired, please login)',
    );
    expect(seen.map((request) => request.authorization ?? 'login')).toEqual([
      'login',
      'Bearer tok-1',
      'login',
      'Bearer tok-2',
    ]);
  });

  it('reports wrong credentials as an auth error of the login', async () => {
    const body = {
      error: { message: 'Invalid username or password', code: 'credentials_invalid', status: 401 },
    };
    const { client, seen } = await serve((_seen, res) => json(res, 401, body), {
      username: 'u',
      password,
    });
    const error = await failure(client.cdrStats(params, context));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'telecomx login: authentication failed (credentials_invalid: Invalid username or password)',
    );
    expect(seen).toHaveLength(1);
  });

  it('refuses a login answer without a token', async () => {
    const { client } = await serve((_seen, res) => json(res, 200, { expiresInMinutes: 15 }), {
      username: 'u',
      password,
    });
    const error = await failure(client.cdrStats(params, context));
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/^telecomx login: unexpected answer shape \(token/);
  });
});

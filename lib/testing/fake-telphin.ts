import type { ServerResponse } from 'node:http';
import { expect } from 'vitest';
import { send, serve, type SeenRequest } from '@/lib/testing/test-http-server';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { createTelphinClient } from '@/lib/providers/telphin/client';
import type { StatsGateOptions } from '@/lib/providers/telphin/gate';
import { readFixture } from '@/lib/testing/fixtures';

/** Test helper: a scripted Telphin stand-in on 127.0.0.1 and the client pointed at it. */

export const clientId = 'app-id-7f3a';
export const clientSecret = 'app-secret-9c1e';
export const context = { timeoutMs: 2000 };
export const params = {
  start_datetime: '2019-11-01 00:00:00',
  end_datetime: '2019-11-10 23:59:59',
};

export function fixture(name: string): string {
  return readFixture('telphin', name);
}

export interface FakeTelphin {
  /** Seconds, or undefined to leave `expires_in` out. */
  expiresIn: number | undefined;
  valid: Set<string>;
  token?: (res: ServerResponse) => void;
  /** Scripted stats replies, used in order; then the vendor example. */
  replies: ((res: ServerResponse) => void)[];
  delayMs: number;
  maxInFlight: number;
  /** When each stats request arrived and was answered (ms since start). */
  times: { arrived: number; answered: number }[];
}

/** A Telphin stand-in that, like Telphin, refuses overlapping stats requests with a 429. */
export async function start(
  gate: Partial<StatsGateOptions> = {},
  baseSuffix = '',
  account = '@me',
) {
  const fake: FakeTelphin = {
    expiresIn: 3600,
    valid: new Set(),
    replies: [],
    delayMs: 0,
    maxInFlight: 0,
    times: [],
  };
  const t0 = Date.now();
  let issued = 0;
  let inFlight = 0;
  const { root, seen } = await serve((request, res) => {
    if (request.path === '/oauth/token') {
      if (fake.token) return fake.token(res);
      issued += 1;
      const token = `token-${issued}`;
      fake.valid.add(token);
      return send(res, 200, JSON.stringify({ access_token: token, expires_in: fake.expiresIn }));
    }
    const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (!fake.valid.has(bearer)) return send(res, 401, '{"message":"Unauthorized"}');
    inFlight += 1;
    fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
    const time = { arrived: Date.now() - t0, answered: 0 };
    fake.times.push(time);
    const overlapping = inFlight > 1;
    setTimeout(() => {
      inFlight -= 1;
      time.answered = Date.now() - t0;
      if (overlapping) return send(res, 429, fixture('error-429-concurrent.json'));
      const reply = fake.replies.shift();
      if (reply) reply(res);
      else send(res, 200, fixture('calls-stats.json'));
    }, fake.delayMs);
  });
  const api = createTelphinClient(
    { baseUrl: `${root}${baseSuffix}`, clientId, clientSecret, account },
    { conflictDelaysMs: [200], maxInlineWaitMs: 1500, ...gate },
  );
  const stats = (signal?: AbortSignal) => api.callsStats(params, { ...context, signal });
  return { fake, seen, api, stats };
}

export async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error('expected an UpstreamError');
  for (const secret of [clientId, clientSecret, 'token-1', '127.0.0.1', '2019-11']) {
    expect(error.message).not.toContain(secret);
  }
  return error;
}

export const statsRequests = (seen: SeenRequest[]) => seen.filter((r) => r.path !== '/oauth/token');
export const tokenRequests = (seen: SeenRequest[]) => seen.filter((r) => r.path === '/oauth/token');

export function limited(
  res: ServerResponse,
  headers: Record<string, string>,
  body = '{"message":"Too Many Requests"}',
) {
  res.writeHead(429, { 'Content-Type': 'application/json', ...headers });
  res.end(body);
}

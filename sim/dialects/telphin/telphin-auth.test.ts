import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../testing/harness';
import { CLIENT_ID, FORM, SECRET, startTelphin, type TelphinTestSim } from './test-kit';

type Json = Record<string, unknown>;
let t: TelphinTestSim;
const STATS =
  '/api/ver1.0/client/@me/calls/stats/?start_datetime=2026-02-01%2000:00:00&end_datetime=2026-02-01%2001:00:00';

beforeAll(async () => {
  t = await startTelphin();
});
afterAll(async () => {
  await t.sim.close();
});

describe('telphin oauth token', () => {
  const creds = `grant_type=client_credentials&client_id=${CLIENT_ID}&client_secret=${SECRET}`;

  it('issues bearer tokens from a form body, the query string or HTTP Basic', async () => {
    const variants: [string, RequestInit][] = [
      ['', { method: 'POST', headers: FORM, body: `${creds}&scope=call_api` }],
      [`?${creds}`, { method: 'POST' }],
      [
        '',
        {
          method: 'POST',
          headers: { ...FORM, authorization: `Basic ${btoa(`${CLIENT_ID}:${SECRET}`)}` },
          body: 'grant_type=client_credentials',
        },
      ],
    ];
    for (const [query, init] of variants) {
      const res = await call(`${t.base}/oauth/token${query}`, init);
      expect(res.status).toBe(200);
      const body = res.body as Json;
      expect(Object.keys(body)).toEqual(['access_token', 'token_type', 'expires_in', 'scope']);
      expect(body.access_token).toMatch(/^[A-Za-z0-9]{30}$/);
      expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
      expect(res.headers.get('x-ratelimit-limit')).toBe('1000');
    }
    const scoped = await call(`${t.base}/oauth/token`, {
      method: 'POST',
      headers: FORM,
      body: `${creds}&scope=call_api`,
    });
    expect((scoped.body as Json).scope).toBe('call_api');
  });

  it('answers RFC 6749 errors', async () => {
    const cases: [string, number, string][] = [
      ['client_id=x', 400, 'invalid_request'],
      ['grant_type=password&username=a&password=b', 400, 'unsupported_grant_type'],
      [
        `grant_type=client_credentials&client_id=${CLIENT_ID}&client_secret=nope`,
        401,
        'invalid_client',
      ],
      ['grant_type=client_credentials', 401, 'invalid_client'],
    ];
    for (const [body, status, error] of cases) {
      const res = await call(`${t.base}/oauth/token`, { method: 'POST', headers: FORM, body });
      expect(res.status, body).toBe(status);
      expect((res.body as Json).error).toBe(error);
    }
    const json = await call(`${t.base}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        client_secret: SECRET,
      }),
    });
    expect(json.status).toBe(400);
    expect((await call(`${t.base}/oauth/token`)).status).toBe(405);
  });

  it('expires tokens after expires_in seconds of simulator time', async () => {
    const token = await t.token();
    t.clock.advance(3599_000);
    expect((await t.get(STATS, token)).status).toBe(200);
    t.clock.advance(1000);
    const expired = await t.get(STATS, token);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ message: 'Invalid or expired access token' });
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(expired.headers.get('x-ratelimit-remaining')).toBe('1000');
    expect((await t.get(STATS, await t.token())).status).toBe(200);
    t.clock.advance(-3600_000);
  });

  it('answers 401 without a token or with a bad one', async () => {
    const none = await call(`${t.base}${STATS}`);
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ message: 'Authorization required' });
    expect((await t.get(STATS, 'nope')).status).toBe(401);
  });
});

describe('telphin routes', () => {
  it('serves /user with the numeric client id', async () => {
    const res = await t.get('/api/ver1.0/user');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 412501,
      login: CLIENT_ID,
      admin: true,
      dealer_id: null,
      client_id: 41250,
      extension_group_id: null,
      extension_id: null,
      timezone: 'Asia/Tashkent',
      access: 'full',
      extra_params: null,
    });
  });

  it('lists extensions: agents, back office, queues', async () => {
    const res = await t.get('/api/ver1.0/client/41250/extension/');
    const list = res.body as { id: number; name: string; label: string; type: string }[];
    expect(list.find((e) => e.id === 470101)).toEqual({
      id: 470101,
      name: '41250*101',
      label: 'Dilnoza Karimova',
      type: 'phone',
      client_id: 41250,
      extension_group_id: null,
    });
    expect(list.filter((e) => e.type === 'queue').map((e) => [e.id, e.label])).toEqual([
      [470500, 'support'],
      [470501, 'sales'],
      [470502, 'billing'],
      [470503, '600'],
      [470504, '700'],
    ]);
    expect(list.filter((e) => e.type === 'phone')).toHaveLength(24 + 4);
  });

  it('checks the client id, redirects slash-less paths and rejects unknown routes', async () => {
    expect((await t.get(STATS.replace('@me', '41250'))).status).toBe(200);
    const foreign = await t.get(STATS.replace('@me', '99'));
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({ message: 'Access denied' });
    expect((await t.get(STATS.replace('@me', 'abc'))).status).toBe(404);
    const noSlash = await fetch(`${t.base}${STATS.replace('stats/?', 'stats?')}`, {
      redirect: 'manual',
    });
    expect(noSlash.status).toBe(308);
    expect(noSlash.headers.get('location')).toBe(`/telphin${STATS}`);
    expect((await t.get(STATS.replace('stats/?', 'stats?'))).status).toBe(200);
    const missing = await t.get('/api/ver1.0/client/@me/nothing/');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: 'Not found' });
    expect(missing.headers.get('x-ratelimit-limit')).toBe('1000');
    const post = await call(`${t.base}${STATS}`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('telphin faults profile', () => {
  it('counts by path only and answers expired-token with the API 401', async () => {
    t.sim.resetRequests();
    await t.get(`${STATS}&extension_id=470101`);
    expect(t.sim.requests().byApi.telphin?.byPath).toEqual({
      '/api/ver1.0/client/@me/calls/stats/': 1,
    });
    t.sim.faults.set('telphin', { mode: 'expired-token', count: 1 });
    const res = await t.get(STATS);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ message: 'Invalid or expired access token' });
    t.sim.faults.set('telphin', { mode: 'schema-missing', count: 1 });
    const stats = (await t.get(STATS)).body as Json;
    expect(Object.keys(stats)).not.toContain('in');
  });
});

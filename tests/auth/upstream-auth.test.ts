import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as liveQueues } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as summary } from '@/app/api/v1/sources/[id]/summary/route';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { callRoute, installAppContext, uninstallAppContext } from '../support/app-under-test';

const wrong = 'definitely-not-the-password-7731';
const clock = manualClock(Date.parse('2026-03-15T09:00:00Z'));
let sim: RunningSimulator;
let app: AppContext | undefined;

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    clock,
    asternic: { password: 'right-asternic' },
    utel: { email: 'ops@example.uz', password: 'right-utel', rateLimitPerMinute: 0 },
    telphin: { clientId: 'app', clientSecret: 'right-telphin', tokenTtlSeconds: 600 },
    telecomx: { username: 'ops@example.dk', password: 'right-telecomx' },
    enswitch: { username: 'ops', password: 'right-enswitch' },
  });
});

afterAll(async () => {
  if (app) uninstallAppContext(app);
  await sim.close();
});

function sources(password: (right: string) => string): string {
  const base = sim.url;
  return `
  - { id: hq, kind: asternic, baseUrl: ${base}/asternic/stats, username: wallboard, password: ${password('right-asternic')} }
  - { id: cloud, kind: utel, baseUrl: ${base}/utel/api/v1, email: ops@example.uz, password: ${password('right-utel')} }
  - { id: ru, kind: telphin, baseUrl: ${base}/telphin, clientId: app, clientSecret: ${password('right-telphin')} }
  - { id: dk, kind: telecomx, baseUrl: ${base}/telecomx, username: ops@example.dk, password: ${password('right-telecomx')} }
  - { id: switch, kind: enswitch, baseUrl: ${base}/enswitch, username: ops, password: ${password('right-enswitch')}, queues: [123] }`;
}

const range = 'from=2026-03-10&to=2026-03-10';

describe('wrong upstream credentials', () => {
  it.each(['hq', 'cloud', 'ru', 'dk', 'switch'])(
    '%s: a clear 502 naming the source and "authentication failed", no secret',
    async (id) => {
      if (app) uninstallAppContext(app);
      app = installAppContext(sources(() => wrong));
      const result = await callRoute(summary, `/api/v1/sources/${id}/summary?${range}`, { id });
      expect(result.status).toBe(502);
      expect(result.body).toEqual({
        error: { code: 'upstream_error', message: expect.stringMatching(`^source ${id}: `) },
      });
      expect(result.text).toContain('authentication failed');
      expect(result.text).not.toContain(wrong);
    },
  );

  it('the live route says the same for Asternic', async () => {
    const result = await callRoute(liveQueues, '/api/v1/sources/hq/queues/live', { id: 'hq' });
    expect(result.status).toBe(502);
    expect(result.text).toMatch(/source hq: .*authentication failed/);
  });
});

describe('expired tokens are renewed once, unnoticed', () => {
  it.each([
    ['ru', 'telphin', '/oauth/token', 11 * 60_000],
    ['dk', 'telecomx', '/auth/login', 16 * 60_000],
  ])('%s: the %s token from %s', async (id, api, tokenPath, later) => {
    const logins = () => sim.requests().byApi[api]?.byPath[tokenPath] ?? 0;
    if (app) uninstallAppContext(app);
    app = installAppContext(sources((right) => right));
    const first = await callRoute(summary, `/api/v1/sources/${id}/summary?${range}`, { id });
    expect(first.status).toBe(200);
    const loginsBefore = logins();
    clock.advance(later);
    // Another period, so the answer is not served from the cache of the first one.
    const again = await callRoute(
      summary,
      `/api/v1/sources/${id}/summary?from=2026-03-11&to=2026-03-11`,
      {
        id,
      },
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ source: id, stale: false });
    expect(logins()).toBe(loginsBefore + 1);
  });
});

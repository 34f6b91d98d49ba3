import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as liveQueues } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as summary } from '@/app/api/v1/sources/[id]/summary/route';
import type { AppContext } from '@/lib/server/app-context';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import {
  apiToken,
  asternicSourceYaml,
  callRoute,
  installAppContext,
  simPassword,
  uninstallAppContext,
} from '../support/app-under-test';

let sim: RunningSimulator;
let app: AppContext;

beforeAll(async () => {
  vi.stubEnv('CALLBOARD_API_BURST', '5');
  vi.stubEnv('CALLBOARD_API_REQUESTS_PER_MINUTE', '6');
  sim = await startSimulator({ port: 0, asternic: { password: simPassword } });
  app = installAppContext(asternicSourceYaml(sim.url));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  uninstallAppContext(app);
  await sim.close();
});

describe('the per-caller request limit, through the route wrapper', () => {
  it('answers 429 with Retry-After once a caller has spent its burst, on every route', async () => {
    const path = '/api/v1/sources/hq/summary?from=2026-01-05&to=2026-01-06';
    for (let i = 0; i < 5; i += 1) {
      expect((await callRoute(summary, path, { id: 'hq' })).status).toBe(200);
    }
    sim.resetRequests();
    const refused = await callRoute(summary, path, { id: 'hq' });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      error: { code: 'rate_limited', message: expect.stringContaining('token tests') },
    });
    const live = await callRoute(liveQueues, '/api/v1/sources/hq/queues/live', { id: 'hq' });
    expect(live.status).toBe(429);
    // Refused before anything else: no upstream request.
    expect(sim.requests().total).toBe(0);
  });

  it('says when to come back', async () => {
    const response = await summary(
      new Request('http://127.0.0.1/api/v1/sources/hq/summary', {
        headers: { authorization: `Bearer ${apiToken}` },
      }),
      { params: Promise.resolve({ id: 'hq' }) },
    );
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers.get('Retry-After'))).toBeLessThanOrEqual(10);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { GET as summary } from '@/app/api/v1/sources/[id]/summary/route';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { callRoute, installAppContext, uninstallAppContext } from '../support/app-under-test';

let sim: RunningSimulator;
let app: AppContext;

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    clock: manualClock(Date.parse('2026-03-15T09:00:00Z')),
    telphin: { clientId: 'app', clientSecret: 'telphin-secret', statsDelayMs: 120 },
  });
  app = installAppContext(`
  - { id: ru, kind: telphin, baseUrl: ${sim.url}/telphin, clientId: app, clientSecret: telphin-secret }`);
});

afterAll(async () => {
  uninstallAppContext(app);
  await sim.close();
});

it('Telphin never gets two stats requests at once, however many screens ask together', async () => {
  // The simulator answers an overlapping stats request with 429 (as Telphin does), which the
  // adapter would have to retry: exactly one request per day proves none overlapped.
  const days = Array.from({ length: 8 }, (_, i) => `2026-03-0${i + 1}`);
  const results = await Promise.all(
    days.map((day) =>
      callRoute(summary, `/api/v1/sources/ru/summary?from=${day}&to=${day}`, { id: 'ru' }),
    ),
  );
  expect(results.map((r) => r.status)).toEqual(days.map(() => 200));
  const stats = sim.requests().byApi.telphin?.byPath ?? {};
  const statsRequests = Object.entries(stats)
    .filter(([path]) => path.includes('calls/stats'))
    .reduce((sum, [, count]) => sum + count, 0);
  expect(statsRequests).toBe(days.length);
});

it('backs off on 429 and honours the wait before asking again', async () => {
  sim.faults.set('telphin', { mode: 'rate-limit', retryAfterSeconds: 60, count: 1 });
  const limited = await callRoute(
    summary,
    '/api/v1/sources/ru/summary?from=2026-02-01&to=2026-02-01',
    {
      id: 'ru',
    },
  );
  expect(limited.status).toBe(503);
  expect(limited.text).toContain('rate limited');
  const before = sim.requests().total;
  const blocked = await callRoute(
    summary,
    '/api/v1/sources/ru/summary?from=2026-02-02&to=2026-02-02',
    {
      id: 'ru',
    },
  );
  // Within the wait nothing is sent to Telphin: the request fails fast as rate-limited.
  expect(blocked.status).toBe(503);
  expect(sim.requests().total).toBe(before);
});

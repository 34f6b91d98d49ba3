import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as liveQueues } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as summary } from '@/app/api/v1/sources/[id]/summary/route';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import type { AppContext } from '@/lib/server/app-context';
import { breakerFor } from '@/lib/upstream/circuit-breaker';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import {
  asternicSourceYaml,
  callRoute,
  installAppContext,
  simPassword,
  uninstallAppContext,
} from '../support/app-under-test';

/**
 * Reports and live polling of one source share its upstream, not its failures or its budget: a
 * manager's long report must not blank the TVs. The upstream here is the simulator behind a proxy
 * that allows `upstreamPerMinute` requests a minute (as a vendor's rate limit or a PBX's proxy
 * does) and answers 429 beyond.
 */
const upstreamPerMinute = 60;
const periodMs = 2000;

let sim: RunningSimulator;
let proxy: Server;
let app: AppContext;
const seen: { atMs: number; path: string; status: number }[] = [];

function startThrottlingProxy(target: string): Promise<Server> {
  const server = createServer((req, res) => {
    const now = Date.now();
    const recent = seen.filter((r) => r.atMs > now - 60_000).length;
    const path = req.url ?? '/';
    if (recent >= upstreamPerMinute) {
      seen.push({ atMs: now, path, status: 429 });
      res.writeHead(429, { 'Retry-After': '30', 'Content-Type': 'application/json' });
      res.end('{"message":"Too Many Requests"}');
      return;
    }
    seen.push({ atMs: now, path, status: 200 });
    void fetch(`${target}${path}`, { headers: { authorization: req.headers.authorization ?? '' } })
      .then(async (answer) => {
        res.writeHead(answer.status, {
          'Content-Type': answer.headers.get('content-type') ?? 'text/plain',
        });
        res.end(await answer.text());
      })
      .catch(() => res.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, asternic: { password: simPassword } });
  proxy = await startThrottlingProxy(sim.url);
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  // `hq` through the throttling proxy; `direct` straight to the simulator, with its own breakers.
  const direct = asternicSourceYaml(sim.url).replace('id: hq', 'id: direct');
  app = installAppContext(`${asternicSourceYaml(proxyUrl)}${direct}`, (source) => ({
    ...source,
    refreshSeconds: periodMs / 1000,
    requestsPerMinute: upstreamPerMinute,
  }));
});
afterEach(() => sim.faults.clear());
afterAll(async () => {
  uninstallAppContext(app);
  await new Promise((resolve) => proxy.close(resolve));
  await sim.close();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readLive(id = 'hq') {
  const result = await callRoute(liveQueues, `/api/v1/sources/${id}/queues/live`, { id });
  return LiveQueuesResponse.parse(result.body);
}

/** The summary of one closed day, `daysAgo` before a fixed date: each a different upstream ask. */
function daySummary(daysAgo: number, id = 'hq') {
  const day = new Date(Date.UTC(2026, 0, 31) - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return callRoute(summary, `/api/v1/sources/${id}/summary?from=${day}&to=${day}`, { id });
}

describe('reports and live polling of one source', () => {
  it('a failing report upstream does not open the live breaker', async () => {
    expect((await readLive('direct')).stale).toBe(false);
    sim.faults.set('asternic', { mode: 'http-503', paths: ['entity=reports'] });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await daySummary(100 + i, 'direct')).status);
    // The reports' breaker opened: the last ones fail fast without asking the upstream.
    expect(statuses[0]).toBe(502);
    expect(statuses.at(-1)).toBe(503);
    expect(breakerFor('direct', 'reports').isOpen).toBe(true);
    expect(breakerFor('direct', 'live').isOpen).toBe(false);
    const before = (await readLive('direct')).fetchedAt;
    await wait(periodMs + 200);
    const live = await readLive('direct');
    expect(live.stale).toBe(false);
    expect(live.fetchedAt).not.toBe(before);
  });

  it('a heavy report burst leaves live polling fresh and its breaker closed', async () => {
    expect((await readLive()).stale).toBe(false);
    const burst = Array.from({ length: 40 }, (_, i) => daySummary(200 + i));
    const liveReads: Awaited<ReturnType<typeof readLive>>[] = [];
    const done = Promise.all(burst);
    for (let i = 0; i < 5; i += 1) {
      await wait(periodMs);
      liveReads.push(await readLive());
    }
    const answers = await done;
    // Live kept fresh: every read after a new poll, none stale.
    for (const live of liveReads) expect(live.stale).toBe(false);
    expect(new Set(liveReads.map((l) => l.fetchedAt)).size).toBeGreaterThan(2);
    const busy = answers.filter((a) => a.status === 503);
    // Reports met their budget (503 upstream_busy with a wait), not the upstream's 429.
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.body).toMatchObject({ error: { code: 'upstream_busy' } });
    expect(seen.filter((r) => r.status === 429)).toEqual([]);
    expect(breakerFor('hq', 'live').isOpen).toBe(false);
  });
});

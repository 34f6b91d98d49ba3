import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { createParser } from 'eventsource-parser';
import { Redis } from 'ioredis';
import { startTestRedisServer, type TestRedisServer } from '../lib/testing/redis-server';
import { startSimulator, type RunningSimulator } from '../sim/server';
import { e2e } from './env';

const periodMs = 5000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function startApp(port: number, env: Record<string, string>): Promise<ChildProcess> {
  // Its own process group, so that stopping it also stops the server npx starts under it.
  const child = spawn('node', ['server.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      CALLBOARD_CONFIG: 'e2e/callboard.e2e.yaml',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i += 1) {
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopApp(child);
  throw new Error(`app on port ${port} did not start`);
}

function stopApp(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** An SSE client recording the upstream answer time (event id) of every snapshot it receives. */
function watch(port: number, signal: AbortSignal): { ids: number[] } {
  const seen = { ids: [] as number[] };
  void (async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/sources/hq/queues/live/stream`, {
      headers: { authorization: `Bearer ${e2e.apiToken}` },
      signal,
    });
    const parser = createParser({
      onEvent: (event) => {
        if (event.event === 'snapshot' && event.id) seen.ids.push(Number(event.id));
      },
    });
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      parser.feed(chunk.value);
    }
  })().catch(() => undefined);
  return seen;
}

test.describe.serial('several instances sharing Redis', () => {
  let redis: TestRedisServer;
  let sim: RunningSimulator;
  const apps: ChildProcess[] = [];
  const appPorts: number[] = [];
  const names = ['app-0', 'app-1'];

  test.afterAll(async () => {
    for (const app of apps) stopApp(app);
    await sim?.close();
    await redis?.stop();
  });

  test('make one upstream request per period, and every screen sees the same data', async () => {
    test.setTimeout(120_000);
    redis = await startTestRedisServer();
    sim = await startSimulator({ port: 0, asternic: { password: e2e.simPassword } });
    const ports = [await freePort(), await freePort()];
    const env = {
      REDIS_URL: redis.url,
      SIM_PORT: String(sim.port),
      SIM_ASTERNIC_PASSWORD: e2e.simPassword,
    };
    apps.push(
      ...(await Promise.all(
        ports.map((port, i) => startApp(port, { ...env, CALLBOARD_INSTANCE_ID: names[i] ?? '' })),
      )),
    );
    appPorts.push(...ports);

    const stop = new AbortController();
    const clients = ports.flatMap((port) => [watch(port, stop.signal), watch(port, stop.signal)]);
    await expect.poll(() => clients.every((c) => c.ids.length > 0), { timeout: 20_000 }).toBe(true);

    sim.resetRequests();
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 4 * periodMs + 500));
    const elapsedPeriods = (Date.now() - started) / periodMs;
    const realtime = sim.requests().byApi.asternic?.byPath['/rest/index.php?entity=realtime'] ?? 0;
    stop.abort();

    // One poller for both instances: about one request per period (the window's edges may add one).
    expect(realtime).toBeGreaterThanOrEqual(Math.floor(elapsedPeriods) - 1);
    expect(realtime).toBeLessThanOrEqual(Math.ceil(elapsedPeriods) + 1);
    // Both instances pushed the same upstream answers to their screens.
    const recent = (ids: number[]) => ids.filter((id) => id >= started);
    const reference = recent(clients[0]?.ids ?? []);
    expect(reference.length).toBeGreaterThanOrEqual(3);
    for (const client of clients) {
      expect(recent(client.ids).slice(0, 3)).toEqual(reference.slice(0, 3));
    }
  });

  test('a leader that stops hands its sources over at once, not after the lock lapses', async () => {
    test.setTimeout(60_000);
    const lock = new Redis(redis.url);
    const holder = () => lock.get('callboard:hq:queues-live:lock');
    const stop = new AbortController();
    const clients = appPorts.map((port) => watch(port, stop.signal));
    try {
      await expect.poll(holder, { timeout: 20_000 }).toMatch(/^app-[01]$/);
      const leader = names.indexOf((await holder()) ?? '');
      const follower = 1 - leader;
      const stoppedAt = Date.now();
      stopApp(apps[leader] as ChildProcess);
      // The lock lives 2.5 periods (12.5 s); a clean stop releases it and the follower takes it.
      await expect.poll(holder, { timeout: 4000, intervals: [100] }).toBe(names[follower]);
      expect(Date.now() - stoppedAt).toBeLessThan(4000);
      // The follower's screens go on getting answers it now fetches itself.
      await expect
        .poll(() => (clients[follower]?.ids ?? []).some((id) => id > stoppedAt), {
          timeout: periodMs + 3000,
        })
        .toBe(true);
    } finally {
      stop.abort();
      lock.disconnect();
    }
  });
});

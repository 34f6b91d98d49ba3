import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createParser } from 'eventsource-parser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as liveQueues } from '@/app/api/v1/sources/[id]/queues/live/route';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import {
  apiToken,
  asternicSourceYaml,
  installAppContext,
  simPassword,
  uninstallAppContext,
} from '../support/app-under-test';
import { FanoutHub } from '@/lib/server/live/fanout/fanout-hub';
import { createLiveStreamHandler } from '@/lib/server/live/fanout/node-stream-handler';
import { StreamRegistry } from '@/lib/server/live/stream-registry';

const clock = manualClock(Date.parse('2026-03-16T09:00:00Z'));
let sim: RunningSimulator;
let app: AppContext;
let server: Server;
let base: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock, asternic: { password: simPassword } });
  app = installAppContext(asternicSourceYaml(sim.url));
  const handle = createLiveStreamHandler();
  server = createServer((req, res) => {
    if (handle(req, res)) return;
    res.writeHead(418);
    res.end('not the stream');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  uninstallAppContext(app);
  await sim.close();
});

afterEach(() => {
  app.fanout.closeAll();
});

interface Opened {
  status: number;
  headers: Record<string, unknown>;
  events: { event: string; id?: string; data: string }[];
  ended: Promise<void>;
  nextEvent: () => Promise<void>;
  close: () => void;
}

function open(path: string, token: string | null = apiToken): Promise<Opened> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, {
      agent: false,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const events: Opened['events'] = [];
      let wake: (() => void) | undefined;
      const parser = createParser({
        onEvent: (e) => {
          events.push({ event: e.event ?? 'message', id: e.id, data: e.data });
          wake?.();
        },
      });
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => parser.feed(chunk));
      const ended = new Promise<void>((done) => res.on('close', () => done()));
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        ended,
        nextEvent: () => new Promise<void>((done) => (wake = done)),
        close: () => req.destroy(),
      });
    });
    req.end();
  });
}

async function untilEvents(stream: Opened, count: number): Promise<void> {
  while (stream.events.length < count) await stream.nextEvent();
}

const path = '/api/v1/sources/hq/queues/live/stream';

describe('the live stream on node:http', () => {
  it('leaves every other request to Next', async () => {
    const other = await open('/api/v1/sources/hq/summary');
    expect(other.status).toBe(418);
    const trailing = await open('/api/v1/sources/hq/queues/live/stream/');
    expect(trailing.status).toBe(418);
  });

  it("answers polls of queues/live with the route handler's body, after the same checks", async () => {
    const anonymous = await open('/api/v1/sources/hq/queues/live', null);
    expect(anonymous.status).toBe(401);
    const viaRoute = await liveQueues(
      new Request('http://127.0.0.1/api/v1/sources/hq/queues/live', {
        headers: { authorization: `Bearer ${apiToken}` },
      }),
      { params: Promise.resolve({ id: 'hq' }) },
    );
    const polled = await fetch(`${base}/api/v1/sources/hq/queues/live`, {
      headers: { authorization: `Bearer ${apiToken}` },
    });
    expect(polled.status).toBe(200);
    expect(polled.headers.get('content-type')).toBe('application/json');
    expect(polled.headers.get('cache-control')).toBe('no-store');
    const body = (await polled.json()) as Record<string, unknown>;
    const expected = (await viaRoute.json()) as Record<string, unknown>;
    expect({ ...body, ageSeconds: 0 }).toEqual({ ...expected, ageSeconds: 0 });
  });

  it('refuses as the route does: 401 without a caller, 404 for an unknown source', async () => {
    const anonymous = await open(path, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['x-content-type-options']).toBe('nosniff');
    const forged = await open(path, 'not-a-token');
    expect(forged.status).toBe(401);
    const unknown = await open('/api/v1/sources/nope/queues/live/stream');
    expect(unknown.status).toBe(404);
  });

  it('streams the snapshot event, shares one subscription, and forgets closed streams', async () => {
    const live = app.sources.get('hq')?.live;
    const a = await open(path);
    const b = await open(path);
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    await untilEvents(a, 1);
    await untilEvents(b, 1);
    expect(a.events[0]?.event).toBe('snapshot');
    expect(JSON.parse(a.events[0]?.data ?? '{}')).toMatchObject({ source: 'hq', stale: false });
    expect(Number(a.events[0]?.id)).toBeGreaterThan(0);
    expect(live?.subscriberCount).toBe(1);
    expect(app.fanout.streamsOf('hq')).toBe(2);
    expect(app.streams.openCount).toBe(2);
    a.close();
    b.close();
    await Promise.all([a.ended, b.ended]);
    await expect.poll(() => app.fanout.openCount).toBe(0);
    expect(live?.subscriberCount).toBe(0);
    expect(app.streams.openCount).toBe(0);
    expect(app.fanout.timerActive).toBe(false);
  });

  it('answers 429 with Retry-After past the per-caller cap', async () => {
    const saved = app.streams;
    app.streams = new StreamRegistry({ total: 100, perCaller: 1 });
    try {
      const first = await open(path);
      const second = await open(path);
      expect(first.status).toBe(200);
      expect(second.status).toBe(429);
      expect(second.headers['retry-after']).toBe('3');
      first.close();
      await first.ended;
    } finally {
      app.streams = saved;
    }
  });

  it('ends a stream with `revoked` once its caller is no longer valid', async () => {
    const saved = app.fanout;
    app.fanout = new FanoutHub({ tickMs: 50, recheckMs: [100, 150] });
    const tokens = app.config.auth.apiTokens;
    try {
      const stream = await open(path);
      await untilEvents(stream, 1);
      app.config.auth.apiTokens = tokens.filter((t) => t.token !== apiToken);
      await stream.ended;
      const last = stream.events.at(-1);
      expect(last?.event).toBe('revoked');
      expect(JSON.parse(last?.data ?? '{}')).toMatchObject({ error: { code: 'unauthorized' } });
      expect(app.fanout.openCount).toBe(0);
      expect(app.streams.openCount).toBe(0);
    } finally {
      app.config.auth.apiTokens = tokens;
      app.fanout = saved;
    }
  });

  it('ends every stream when the registry closes them all (SIGTERM)', async () => {
    const stream = await open(path);
    await untilEvents(stream, 1);
    app.streams.closeAll();
    await stream.ended;
    expect(app.fanout.openCount).toBe(0);
  });
});

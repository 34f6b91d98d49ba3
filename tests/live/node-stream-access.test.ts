import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/db/api-tokens';
import { getDb } from '@/lib/server/database';
import type { AppContext } from '@/lib/server/app-context';
import { createLiveStreamHandler } from '@/lib/server/live/fanout/node-stream-handler';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import {
  asternicSourceYaml,
  installAppContext,
  simPassword,
  uninstallAppContext,
} from '../support/app-under-test';

// The node:http live path (npm start) skips withApi and sourceRoute, so it must apply their
// rules itself: a token scoped to other sources is refused here as on the route handlers.
let sim: RunningSimulator;
let app: AppContext;
let dbDir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, asternic: { password: simPassword } });
  const hq = asternicSourceYaml(sim.url);
  app = installAppContext(`${hq}${hq.replace('id: hq', 'id: dk')}`);
  dbDir = mkdtempSync(path.join(tmpdir(), 'callboard-node-access-'));
  process.env.CALLBOARD_DB_PATH = path.join(dbDir, 'access.db');
  const handle = createLiveStreamHandler();
  server = createServer((req, res) => {
    if (handle(req, res)) return;
    res.writeHead(418);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  app.fanout.closeAll();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  uninstallAppContext(app);
  await sim.close();
  await (await getDb()).destroy();
  Object.assign(globalThis, { [Symbol.for('callboard.database')]: undefined });
  delete process.env.CALLBOARD_DB_PATH;
  rmSync(dbDir, { recursive: true, force: true });
});

async function scopedToken(sources: string[]): Promise<string> {
  const made = await createApiToken(await getDb(), {
    name: `viewer-${sources.join('+')}`,
    role: 'viewer',
    sources,
    expiresAt: null,
  });
  return made.token;
}

async function status(url: string, token: string): Promise<number> {
  const controller = new AbortController();
  const response = await fetch(`${base}${url}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  controller.abort(); // a stream that was admitted stays open otherwise
  return response.status;
}

describe('the node:http live path applies the API’s access rules', () => {
  it('refuses a source outside a token’s scope (403) and serves the one inside it', async () => {
    const token = await scopedToken(['dk']);
    expect(await status('/api/v1/sources/hq/queues/live', token)).toBe(403);
    expect(await status('/api/v1/sources/hq/queues/live/stream', token)).toBe(403);
    expect(await status('/api/v1/sources/dk/queues/live', token)).toBe(200);
    expect(await status('/api/v1/sources/dk/queues/live/stream', token)).toBe(200);
  });
});

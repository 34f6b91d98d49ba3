import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayCookieName } from '@/lib/auth/display-access';
import { saveBoard } from '@/lib/db/boards';
import { createDisplayLink, revokeDisplayLink } from '@/lib/db/display-links';
import { getDb } from '@/lib/server/database';
import { Board } from '@/lib/model/board';
import type { AppContext } from '@/lib/server/app-context';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import {
  asternicSourceYaml,
  installAppContext,
  uninstallAppContext,
  simPassword,
} from '../support/app-under-test';

type Handler = (request: Request, route: { params: Promise<unknown> }) => Promise<Response>;

/**
 * Every route file under app/api, with what a display link for board "lobby" (source hq: KPI and
 * hourly chart) may get from it. A new route without an entry here fails the last test.
 */
const expected: Record<string, { path: string; params: object; status: number }[]> = {
  'auth/[...nextauth]': [], // next-auth's sign-in machinery: no Callboard data, no display access
  health: [{ path: '/api/health', params: {}, status: 200 }],
  metrics: [{ path: '/api/metrics', params: {}, status: 403 }],
  'tv/heartbeat': [], // POST only, answers the link's own state (e2e/tv.spec.ts)
  'v1/[...rest]': [{ path: '/api/v1/anything', params: { rest: ['anything'] }, status: 403 }],
  'v1/openapi.json': [{ path: '/api/v1/openapi.json', params: {}, status: 403 }],
  'v1/sources': [{ path: '/api/v1/sources', params: {}, status: 403 }],
  'v1/sources/[id]/agents': [
    { path: '/api/v1/sources/hq/agents', params: { id: 'hq' }, status: 403 },
  ],
  'v1/sources/[id]/external-numbers': [
    { path: '/api/v1/sources/hq/external-numbers', params: { id: 'hq' }, status: 403 },
  ],
  'v1/sources/[id]/summary': [
    { path: '/api/v1/sources/hq/summary', params: { id: 'hq' }, status: 403 },
  ],
  'v1/sources/[id]/series': [
    { path: '/api/v1/sources/hq/series?bucket=hour', params: { id: 'hq' }, status: 200 },
    { path: '/api/v1/sources/hq/series?bucket=day', params: { id: 'hq' }, status: 403 },
    { path: '/api/v1/sources/dk/series?bucket=hour', params: { id: 'dk' }, status: 403 },
  ],
  'v1/sources/[id]/queues/live': [
    { path: '/api/v1/sources/hq/queues/live', params: { id: 'hq' }, status: 200 },
    { path: '/api/v1/sources/dk/queues/live', params: { id: 'dk' }, status: 403 },
  ],
  'v1/sources/[id]/queues/live/stream': [
    { path: '/api/v1/sources/hq/queues/live/stream', params: { id: 'hq' }, status: 200 },
    { path: '/api/v1/sources/dk/queues/live/stream', params: { id: 'dk' }, status: 403 },
  ],
  'v1/admin/boards': [{ path: '/api/v1/admin/boards', params: {}, status: 403 }],
  'v1/admin/boards/[id]': [
    { path: '/api/v1/admin/boards/lobby', params: { id: 'lobby' }, status: 403 },
  ],
  'v1/admin/display-links': [{ path: '/api/v1/admin/display-links', params: {}, status: 403 }],
  'v1/admin/display-links/[id]': [
    { path: '/api/v1/admin/display-links/x', params: { id: 'x' }, status: 403 },
  ],
  'v1/admin/display-links/[id]/reload': [
    { path: '/api/v1/admin/display-links/x/reload', params: { id: 'x' }, status: 403 },
  ],
  'v1/admin/users': [{ path: '/api/v1/admin/users', params: {}, status: 403 }],
  'v1/admin/users/[id]': [{ path: '/api/v1/admin/users/x', params: { id: 'x' }, status: 403 }],
  'v1/admin/tokens': [{ path: '/api/v1/admin/tokens', params: {}, status: 403 }],
  'v1/admin/tokens/[id]': [{ path: '/api/v1/admin/tokens/x', params: { id: 'x' }, status: 403 }],
  'v1/admin/visibility': [{ path: '/api/v1/admin/visibility', params: {}, status: 403 }],
  'v1/admin/audit': [{ path: '/api/v1/admin/audit', params: {}, status: 403 }],
  // A write: refused to a display link, which only reads its board.
  'v1/me/locale': [{ path: '/api/v1/me/locale', params: {}, status: 403 }],
};

const apiRoot = path.join(process.cwd(), 'app', 'api');
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir = apiRoot): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [path.relative(apiRoot, dir)] : [];
  });
}

let sim: RunningSimulator;
let app: AppContext;
let dbDir: string;
let key: string;
let linkId: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, asternic: { password: simPassword } });
  const hq = asternicSourceYaml(sim.url);
  app = installAppContext(`${hq}${hq.replace('id: hq', 'id: dk')}`);
  dbDir = mkdtempSync(path.join(tmpdir(), 'callboard-routes-'));
  process.env.CALLBOARD_DB_PATH = path.join(dbDir, 'routes.db');
  const db = await getDb();
  const board = Board.parse({
    id: 'lobby',
    name: 'Lobby',
    pages: [
      {
        widgets: [
          { kind: 'kpi', source: 'hq', metric: 'waiting', x: 1, y: 1 },
          { kind: 'hourly-chart', source: 'hq', x: 2, y: 1 },
        ],
      },
    ],
  });
  await saveBoard(db, board);
  ({
    key,
    link: { id: linkId },
  } = await createDisplayLink(db, { boardId: 'lobby', name: 'Lobby TV', expiresAt: null }));
});

afterAll(async () => {
  uninstallAppContext(app);
  await sim.close();
  await (await getDb()).destroy();
  Object.assign(globalThis, { [Symbol.for('callboard.database')]: undefined });
  delete process.env.CALLBOARD_DB_PATH;
  rmSync(dbDir, { recursive: true, force: true });
});

async function call(route: string, method: string, path: string, params: object) {
  const routeModule = (await import(`@/app/api/${route}/route`)) as Record<
    string,
    Handler | undefined
  >;
  const handler = routeModule[method];
  if (!handler) return null;
  const controller = new AbortController();
  const response = await handler(
    new Request(`http://127.0.0.1${path}`, {
      method,
      signal: controller.signal,
      headers: { cookie: `${displayCookieName}=${key}` },
    }),
    { params: Promise.resolve(params) },
  );
  controller.abort();
  await response.body?.cancel().catch(() => undefined);
  return response.status;
}

describe('a display link on every API route', () => {
  for (const [route, cases] of Object.entries(expected)) {
    for (const { path: url, params, status } of cases) {
      it(`${url} → ${status} for GET (if any), 403 for writes`, async () => {
        const statuses: Record<string, number> = {};
        for (const method of methods) {
          const got = await call(route, method, url, params);
          if (got !== null) statuses[method] = got;
        }
        expect(Object.keys(statuses).length).toBeGreaterThan(0);
        for (const [method, got] of Object.entries(statuses)) {
          expect(got, `${method} ${url}`).toBe(method === 'GET' ? status : 403);
        }
      });
    }
  }

  it('a revoked link reads nothing (401, as without credentials)', async () => {
    await revokeDisplayLink(await getDb(), linkId);
    expect(
      await call('v1/sources/[id]/queues/live', 'GET', '/api/v1/sources/hq/queues/live', {
        id: 'hq',
      }),
    ).toBe(401);
  });

  it('covers every route file under app/api', () => {
    expect(routeFiles().sort()).toEqual(Object.keys(expected).sort());
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '@/lib/db/api-tokens';
import { getDb } from '@/lib/server/database';
import type { AppContext } from '@/lib/server/app-context';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import * as sources from '@/app/api/v1/sources/route';
import * as live from '@/app/api/v1/sources/[id]/queues/live/route';
import * as summary from '@/app/api/v1/sources/[id]/summary/route';
import * as users from '@/app/api/v1/admin/users/route';
import {
  asternicSourceYaml,
  installAppContext,
  simPassword,
  uninstallAppContext,
} from '../support/app-under-test';

type Handler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

let sim: RunningSimulator;
let app: AppContext;
let dbDir: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, asternic: { password: simPassword } });
  const hq = asternicSourceYaml(sim.url);
  app = installAppContext(`${hq}${hq.replace('id: hq', 'id: dk')}`);
  dbDir = mkdtempSync(path.join(tmpdir(), 'callboard-tokens-'));
  process.env.CALLBOARD_DB_PATH = path.join(dbDir, 'tokens.db');
});

afterAll(async () => {
  uninstallAppContext(app);
  await sim.close();
  await (await getDb()).destroy();
  Object.assign(globalThis, { [Symbol.for('callboard.database')]: undefined });
  delete process.env.CALLBOARD_DB_PATH;
  rmSync(dbDir, { recursive: true, force: true });
});

async function call<P>(handler: Handler<P>, url: string, params: P, token: string) {
  const response = await handler(
    new Request(`http://127.0.0.1${url}`, { headers: { authorization: `Bearer ${token}` } }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

async function token(role: 'viewer' | 'manager' | 'admin', scope: string[] | null) {
  const made = await createApiToken(await getDb(), {
    name: `${role}-${String(scope)}`,
    role,
    sources: scope,
    expiresAt: null,
  });
  return made;
}

describe('API tokens made in /admin, through the real route handlers', () => {
  it("answer with their role's rights: 403 for what the role may not do", async () => {
    const { token: viewer } = await token('viewer', null);
    expect(
      (await call(live.GET, '/api/v1/sources/hq/queues/live', { id: 'hq' }, viewer)).status,
    ).toBe(200);
    expect(
      (await call(summary.GET, '/api/v1/sources/hq/summary', { id: 'hq' }, viewer)).status,
    ).toBe(200);
    const report = await call(
      summary.GET,
      '/api/v1/sources/hq/summary?from=2026-11-02',
      { id: 'hq' },
      viewer,
    );
    expect(report).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await call(users.GET, '/api/v1/admin/users', {}, viewer)).status).toBe(403);
    const { token: admin } = await token('admin', null);
    expect((await call(users.GET, '/api/v1/admin/users', {}, admin)).status).toBe(200);
  });

  it('see only the sources in their scope: others are 403 and left out of the list', async () => {
    const { token: scoped } = await token('manager', ['dk']);
    expect(
      (await call(live.GET, '/api/v1/sources/hq/queues/live', { id: 'hq' }, scoped)).status,
    ).toBe(403);
    expect(
      (await call(live.GET, '/api/v1/sources/dk/queues/live', { id: 'dk' }, scoped)).status,
    ).toBe(200);
    const listed = await call(sources.GET, '/api/v1/sources', {}, scoped);
    expect((listed.body as { sources: { id: string }[] }).sources.map((s) => s.id)).toEqual(['dk']);
    // An unknown source is still 404, not a hint about scope.
    expect(
      (await call(live.GET, '/api/v1/sources/zz/queues/live', { id: 'zz' }, scoped)).status,
    ).toBe(404);
  });

  it('stop working from the request after they are revoked, and a made-up token never works', async () => {
    const { token: value, info } = await token('viewer', null);
    expect((await call(sources.GET, '/api/v1/sources', {}, value)).status).toBe(200);
    await revokeApiToken(await getDb(), info.id);
    expect((await call(sources.GET, '/api/v1/sources', {}, value)).status).toBe(401);
    const forged = `cbt_${'A'.repeat(43)}`;
    expect((await call(sources.GET, '/api/v1/sources', {}, forged)).status).toBe(401);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as heartbeat } from '@/app/api/tv/heartbeat/route';
import { displayCookieName } from '@/lib/auth/display-access';
import {
  createDisplayLink,
  listDisplayLinks,
  requestScreenReload,
  revokeDisplayLink,
} from '@/lib/db/display-links';
import { getDb } from '@/lib/server/database';
import type { AppContext } from '@/lib/server/app-context';
import { installAppContext, uninstallAppContext } from '../support/app-under-test';

let app: AppContext;
let dbDir: string;

beforeAll(() => {
  app = installAppContext(`
  - id: hq
    kind: asternic
    baseUrl: http://127.0.0.1:9/asternic/stats
    username: wallboard
    password: unused-here`);
  dbDir = mkdtempSync(path.join(tmpdir(), 'callboard-heartbeat-'));
  process.env.CALLBOARD_DB_PATH = path.join(dbDir, 'heartbeat.db');
});

afterAll(async () => {
  await (await getDb()).destroy();
  Object.assign(globalThis, { [Symbol.for('callboard.database')]: undefined });
  delete process.env.CALLBOARD_DB_PATH;
  uninstallAppContext(app);
  rmSync(dbDir, { recursive: true, force: true });
});

const loadedAt = new Date(Date.now() - 60_000).toISOString();

async function beat(key: string | null) {
  const response = await heartbeat(
    new Request('http://127.0.0.1/api/tv/heartbeat', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { cookie: `${displayCookieName}=${key}` } : {}),
      },
      body: JSON.stringify({ version: '0.1.0', uptimeSeconds: 60, memoryMb: 42, loadedAt }),
    }),
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('POST /api/tv/heartbeat', () => {
  it('records the screen, hands over a reload once requested, and reports revocation', async () => {
    const db = await getDb(); // seeds the default board hq-tv
    const { key, link } = await createDisplayLink(db, {
      boardId: 'hq-tv',
      name: 'Lobby',
      expiresAt: null,
    });
    expect(await beat(key)).toEqual({ status: 200, body: { state: 'active', reload: false } });
    const [seen] = await listDisplayLinks(db);
    expect(seen?.lastSeenAt).not.toBeNull();
    expect(seen?.screen).toMatchObject({ version: '0.1.0', uptimeSeconds: 60, memoryMb: 42 });

    await requestScreenReload(db, link.id);
    expect(await beat(key)).toMatchObject({ body: { reload: true } });

    await revokeDisplayLink(db, link.id);
    expect(await beat(key)).toEqual({ status: 200, body: { state: 'revoked', reload: false } });
  });

  it('still records when a revoked screen was last seen, so /admin does not say "not yet"', async () => {
    const db = await getDb();
    const { key, link } = await createDisplayLink(db, {
      boardId: 'hq-tv',
      name: 'Revoked before its first beat',
      expiresAt: null,
    });
    // Revoked before the screen's first heartbeat reached us (it waited for a free connection).
    await revokeDisplayLink(db, link.id);
    expect(await beat(key)).toEqual({ status: 200, body: { state: 'revoked', reload: false } });
    const seen = (await listDisplayLinks(db)).find((l) => l.id === link.id);
    expect(seen?.lastSeenAt).not.toBeNull();
    expect(seen?.screen).toMatchObject({ version: '0.1.0', memoryMb: 42 });
  });

  it('keeps a screen signed in across a restart: the cookie holds the key, the database the link', async () => {
    const { key } = await createDisplayLink(await getDb(), {
      boardId: 'hq-tv',
      name: 'Hall',
      expiresAt: null,
    });
    expect((await beat(key)).body).toMatchObject({ state: 'active' });
    // What a restart leaves: the database file; no connection, cache or session in memory.
    await (await getDb()).destroy();
    Object.assign(globalThis, { [Symbol.for('callboard.database')]: undefined });
    expect((await beat(key)).body).toMatchObject({ state: 'active' });
  });

  it('answers 401 without a display link or session', async () => {
    expect((await beat(null)).status).toBe(401);
    expect((await beat('x'.repeat(43))).status).toBe(401);
  });
});

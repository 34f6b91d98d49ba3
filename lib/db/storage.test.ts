import type { Kysely } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBoardFor } from '@/lib/model/default-board';
import { deleteBoard, getBoard, listBoards, saveBoard, seedDefaultBoards } from './boards';
import { migrateToLatest, openDatabase, type DatabaseTarget } from './connect';
import {
  createDisplayLink,
  findDisplayLinkByKey,
  listDisplayLinks,
  recordHeartbeat,
  requestScreenReload,
  revokeDisplayLink,
} from './display-links';
import { createApiToken, findApiToken, listApiTokens, revokeApiToken } from './api-tokens';
import { listAudit, recordAudit } from './audit-log';
import { ensureFirstAdmin } from './first-admin';
import type { Database } from './schema';
import { runUserCommand } from './user-command';
import {
  createUser,
  findUserByName,
  getUser,
  hasEnabledAdmin,
  listUsers,
  updateUser,
} from './users';
import { listVisibilityRules, setVisibilityRule, visibilityFor } from './visibility-rules';
import { startTestPostgres, type TestPostgres } from './test-postgres';

// The same cases on both engines: one data-access layer and one set of migrations serve both.
const engines: { name: string; target: () => Promise<DatabaseTarget> }[] = [];
let sqliteDir = '';
let postgres: TestPostgres | undefined;

engines.push({
  name: 'sqlite',
  target: () => {
    const file = path.join(sqliteDir, `${crypto.randomUUID()}.db`);
    return Promise.resolve({ engine: 'sqlite', path: file });
  },
});
engines.push({
  name: 'postgres',
  target: async () => {
    if (!postgres) throw new Error('PostgreSQL did not start (see beforeAll)');
    return { engine: 'postgres', url: await postgres.createDatabase() };
  },
});

beforeAll(async () => {
  sqliteDir = mkdtempSync(path.join(tmpdir(), 'callboard-sqlite-'));
  postgres = await startTestPostgres();
}, 60_000);

afterAll(() => {
  postgres?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

const hq = { id: 'hq', name: 'HQ' };

describe.each(engines)('storage on $name', ({ target }) => {
  async function fresh(): Promise<Kysely<Database>> {
    const db = openDatabase(await target());
    await migrateToLatest(db);
    return db;
  }

  it('migrates an empty database and again without change', async () => {
    const db = await fresh();
    await migrateToLatest(db);
    expect(await listBoards(db)).toEqual([]);
    await db.destroy();
  });

  it('saves, replaces, lists, reads and deletes boards', async () => {
    const db = await fresh();
    const board = defaultBoardFor(hq);
    expect(await saveBoard(db, board)).toBe(false);
    expect(await getBoard(db, board.id)).toEqual(board);
    const renamed = { ...board, name: 'Renamed' };
    expect(await saveBoard(db, renamed)).toBe(true);
    expect(await listBoards(db)).toMatchObject([{ id: board.id, name: 'Renamed', pages: 1 }]);
    expect(await deleteBoard(db, board.id)).toBe(true);
    expect(await deleteBoard(db, board.id)).toBe(false);
    expect(await getBoard(db, board.id)).toBeNull();
    await db.destroy();
  });

  it('seeds a default board per source once, and not again after it was deleted', async () => {
    const db = await fresh();
    expect(await seedDefaultBoards(db, [hq, { id: 'dk', name: 'DK' }])).toEqual(['hq-tv', 'dk-tv']);
    expect(await seedDefaultBoards(db, [hq])).toEqual([]);
    await deleteBoard(db, 'hq-tv');
    expect(await seedDefaultBoards(db, [hq])).toEqual([]);
    expect((await listBoards(db)).map((b) => b.id)).toEqual(['dk-tv']);
    await db.destroy();
  });

  it('lets two instances seed at once: each default board is created exactly once', async () => {
    const shared = await target();
    const [a, b] = [openDatabase(shared), openDatabase(shared)];
    await migrateToLatest(a);
    await migrateToLatest(b);
    const sources = [hq, { id: 'dk', name: 'DK' }];
    const [fromA, fromB] = await Promise.all([
      seedDefaultBoards(a, sources),
      seedDefaultBoards(b, sources),
    ]);
    expect([...fromA, ...fromB].sort()).toEqual(['dk-tv', 'hq-tv']);
    expect((await listBoards(b)).map((board) => board.id)).toEqual(['dk-tv', 'hq-tv']);
    await Promise.all([a.destroy(), b.destroy()]);
  });

  it('stores display links by key hash only, and finds them by the key', async () => {
    const db = await fresh();
    await saveBoard(db, defaultBoardFor(hq));
    const { link, key } = await createDisplayLink(db, {
      boardId: 'hq-tv',
      name: 'Lobby',
      expiresAt: null,
    });
    const rows = await db.selectFrom('display_links').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(key);
    expect(await findDisplayLinkByKey(db, key)).toMatchObject({
      link: { id: link.id },
      state: 'active',
    });
    expect(await findDisplayLinkByKey(db, `${key.slice(0, -1)}x`)).toBeNull();
    await db.destroy();
  });

  it('revokes, expires and deletes links with their board', async () => {
    const db = await fresh();
    await saveBoard(db, defaultBoardFor(hq));
    const now = new Date('2026-12-04T12:00:00Z');
    const soon = new Date('2026-12-04T13:00:00Z');
    const a = await createDisplayLink(db, { boardId: 'hq-tv', name: 'A', expiresAt: soon }, now);
    const b = await createDisplayLink(db, { boardId: 'hq-tv', name: 'B', expiresAt: null }, now);
    expect((await findDisplayLinkByKey(db, a.key, now))?.state).toBe('active');
    expect((await findDisplayLinkByKey(db, a.key, soon))?.state).toBe('expired');
    expect(await revokeDisplayLink(db, b.link.id)).toBe(true);
    expect(await revokeDisplayLink(db, b.link.id)).toBe(false);
    expect((await findDisplayLinkByKey(db, b.key))?.state).toBe('revoked');
    await deleteBoard(db, 'hq-tv');
    expect(await listDisplayLinks(db)).toEqual([]);
    await db.destroy();
  });

  it('records heartbeats and hands a reload request to the screen once', async () => {
    const db = await fresh();
    await saveBoard(db, defaultBoardFor(hq));
    const { link } = await createDisplayLink(db, { boardId: 'hq-tv', name: 'A', expiresAt: null });
    const screen = { version: '0.1.0', uptimeSeconds: 12, memoryMb: 40, userAgent: 'tv' };
    const loaded = new Date(Date.now() - 60_000);
    expect(await recordHeartbeat(db, link.id, screen, loaded)).toEqual({ reload: false });
    await requestScreenReload(db, link.id, new Date(Date.now() - 1000));
    expect(await recordHeartbeat(db, link.id, screen, loaded)).toEqual({ reload: true });
    // After reloading, the page's own load time is later than the request.
    expect(await recordHeartbeat(db, link.id, screen, new Date())).toEqual({ reload: false });
    const [listed] = await listDisplayLinks(db);
    expect(listed?.screen).toEqual(screen);
    expect(listed?.lastSeenAt).not.toBeNull();
    await db.destroy();
  });

  it('creates users once per name, changes role, disables and resets their sessions', async () => {
    const db = await fresh();
    const t0 = new Date('2026-12-04T10:00:00Z');
    const ann = await createUser(
      db,
      { username: 'ann', passwordHash: '$2b$10$x', role: 'viewer' },
      t0,
    );
    expect(ann).toMatchObject({ username: 'ann', role: 'viewer', disabled: false });
    expect(JSON.stringify(ann)).not.toContain('$2b$');
    expect(await createUser(db, { username: 'ann', passwordHash: 'h', role: 'admin' })).toBeNull();
    expect(await hasEnabledAdmin(db)).toBe(false);
    const id = ann?.id ?? '';
    const t1 = new Date('2026-12-04T11:00:00Z');
    expect(await updateUser(db, id, { role: 'admin' }, t1)).toMatchObject({ role: 'admin' });
    expect(await hasEnabledAdmin(db)).toBe(true);
    // A role change keeps sessions (the new role applies on the next request); disabling ends them.
    expect((await getUser(db, id))?.sessionsValidAfter).toBe(t0.toISOString());
    const t2 = new Date('2026-12-04T12:00:00Z');
    expect(await updateUser(db, id, { disabled: true }, t2)).toMatchObject({ disabled: true });
    expect(await hasEnabledAdmin(db)).toBe(false);
    expect((await findUserByName(db, 'ann'))?.sessionsValidAfter).toBe(t2.toISOString());
    const t3 = new Date('2026-12-04T13:00:00Z');
    await updateUser(db, id, { disabled: false, passwordHash: 'new', locale: 'uz' }, t3);
    expect(await findUserByName(db, 'ann')).toMatchObject({
      disabled: false,
      passwordHash: 'new',
      locale: 'uz',
      sessionsValidAfter: t3.toISOString(),
    });
    expect(await updateUser(db, 'missing', { role: 'viewer' })).toBeNull();
    await createUser(db, { username: 'bob', passwordHash: 'h', role: 'manager' });
    expect((await listUsers(db)).map((u) => u.username)).toEqual(['ann', 'bob']);
    await db.destroy();
  });

  it('stores API tokens by hash only, with scope, expiry and revocation', async () => {
    const db = await fresh();
    const now = new Date('2026-12-04T12:00:00Z');
    const later = new Date('2026-12-05T12:00:00Z');
    const a = await createApiToken(
      db,
      { name: 'export', role: 'manager', sources: ['hq'], expiresAt: later },
      now,
    );
    const b = await createApiToken(db, {
      name: 'all',
      role: 'viewer',
      sources: null,
      expiresAt: null,
    });
    const rows = await db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(a.token);
    expect(await findApiToken(db, a.token, now)).toMatchObject({
      token: { name: 'export', role: 'manager', sources: ['hq'] },
      state: 'active',
    });
    expect((await findApiToken(db, a.token, later))?.state).toBe('expired');
    expect(await findApiToken(db, `${a.token}x`)).toBeNull();
    expect(await revokeApiToken(db, b.info.id)).toMatchObject({ name: 'all' });
    expect(await revokeApiToken(db, b.info.id)).toBeNull();
    expect((await findApiToken(db, b.token))?.state).toBe('revoked');
    expect((await listApiTokens(db)).map((t) => t.name).sort()).toEqual(['all', 'export']);
    await db.destroy();
  });

  it("keeps visibility per role and per user; a user's own rule wins, admins see all", async () => {
    const db = await fresh();
    expect(await visibilityFor(db, 'ann', 'viewer')).toBeNull();
    await setVisibilityRule(db, 'role', 'viewer', { hq: ['sales'] });
    expect(await visibilityFor(db, 'ann', 'viewer')).toEqual({ hq: ['sales'] });
    expect(await visibilityFor(db, 'ann', 'manager')).toBeNull();
    await setVisibilityRule(db, 'user', 'ann', { hq: null, dk: [] });
    await setVisibilityRule(db, 'user', 'ann', { dk: null });
    expect(await visibilityFor(db, 'ann', 'viewer')).toEqual({ dk: null });
    expect(await visibilityFor(db, 'bob', 'viewer')).toEqual({ hq: ['sales'] });
    await setVisibilityRule(db, 'role', 'admin', {});
    expect(await visibilityFor(db, 'root', 'admin')).toBeNull();
    expect((await listVisibilityRules(db)).map((r) => `${r.subjectType}:${r.subject}`)).toEqual([
      'role:admin',
      'role:viewer',
      'user:ann',
    ]);
    await setVisibilityRule(db, 'user', 'ann', null);
    expect(await visibilityFor(db, 'ann', 'viewer')).toEqual({ hq: ['sales'] });
    await db.destroy();
  });

  it('pages the audit log newest first', async () => {
    const db = await fresh();
    for (let i = 0; i < 5; i += 1) {
      const at = new Date(Date.UTC(2026, 11, 4, 12, i));
      await recordAudit(
        db,
        { actor: 'admin', action: 'user.create', target: `u${i}`, detail: { i }, ip: '10.0.0.1' },
        at,
      );
    }
    const first = await listAudit(db, { page: 1, pageSize: 2 });
    expect(first.total).toBe(5);
    expect(first.entries.map((e) => e.target)).toEqual(['u4', 'u3']);
    expect(first.entries[0]).toMatchObject({ actor: 'admin', ip: '10.0.0.1', detail: { i: 4 } });
    const last = await listAudit(db, { page: 3, pageSize: 2 });
    expect(last.entries.map((e) => e.target)).toEqual(['u0']);
    await db.destroy();
  });

  it('creates the first admin from the environment only while no enabled admin exists', async () => {
    const db = await fresh();
    const env = { CALLBOARD_ADMIN_USER: 'root', CALLBOARD_ADMIN_PASSWORD: 'first-admin-pass' };
    expect(await ensureFirstAdmin(db, {}, [], 4)).toBe('not-asked');
    expect(await ensureFirstAdmin(db, env, ['root'], 4)).toBe('bootstrap-name');
    expect(await ensureFirstAdmin(db, env, ['admin'], 4)).toBe('created');
    expect(await findUserByName(db, 'root')).toMatchObject({ role: 'admin', disabled: false });
    // Set again at the next start, it changes nobody's password.
    const hash = (await findUserByName(db, 'root'))?.passwordHash;
    expect(await ensureFirstAdmin(db, { ...env, CALLBOARD_ADMIN_PASSWORD: 'other' }, [], 4)).toBe(
      'admin-exists',
    );
    expect((await findUserByName(db, 'root'))?.passwordHash).toBe(hash);
    await db.destroy();
  });

  it('manages users from the command line, with an audit entry per change', async () => {
    const db = await fresh();
    const printed: string[] = [];
    const io = {
      bootstrapNames: ['admin'],
      readPassword: () => Promise.resolve('cli-password-1'),
      print: (line: string) => printed.push(line),
      cost: 4,
    };
    expect(await runUserCommand(db, ['add', 'ann', '--role', 'supervisor'], io)).toBe(0);
    expect(await runUserCommand(db, ['add', 'ann', '--role', 'viewer'], io)).toBe(1);
    expect(await runUserCommand(db, ['add', 'admin', '--role', 'viewer'], io)).toBe(1);
    expect(await runUserCommand(db, ['add', 'bob', '--role', 'boss'], io)).toBe(1);
    expect(await runUserCommand(db, ['role', 'ann', 'manager'], io)).toBe(0);
    expect(await runUserCommand(db, ['disable', 'ann'], io)).toBe(0);
    expect(await runUserCommand(db, ['disable', 'nobody'], io)).toBe(1);
    expect(await findUserByName(db, 'ann')).toMatchObject({ role: 'manager', disabled: true });
    const short = { ...io, readPassword: () => Promise.resolve('short') };
    await expect(runUserCommand(db, ['passwd', 'ann'], short)).rejects.toThrow('10 characters');
    printed.length = 0;
    expect(await runUserCommand(db, ['list'], io)).toBe(0);
    expect(printed).toEqual(['ann\tmanager\tdisabled', 'admin\t(configuration file)']);
    const { entries } = await listAudit(db, { page: 1, pageSize: 10 });
    expect(entries.map((e) => `${e.actor} ${e.action} ${e.target}`).sort()).toEqual([
      'cli user.create ann',
      'cli user.update ann',
      'cli user.update ann',
    ]);
    await db.destroy();
  });
});

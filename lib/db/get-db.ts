import 'server-only';
import type { Kysely } from 'kysely';
import { getAppContext } from '@/lib/server/app-context';
import { seedDefaultBoards } from './boards';
import { databaseTarget, migrateToLatest, openDatabase } from './connect';
import type { Database } from './schema';

// One connection (pool) per process, shared by route handlers bundled apart, like the app context.
const globalKey = Symbol.for('callboard.database');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Kysely<Database>> };

/** The app's database, opened, migrated and seeded with default boards on first use. */
export function getDb(): Promise<Kysely<Database>> {
  const store = globalThis as GlobalWithDb;
  store[globalKey] ??= open().catch((error: unknown) => {
    store[globalKey] = undefined;
    throw error;
  });
  return store[globalKey];
}

async function open(): Promise<Kysely<Database>> {
  const app = getAppContext();
  const db = openDatabase(databaseTarget(process.env, app.config.database.path));
  await migrateToLatest(db);
  await seedDefaultBoards(
    db,
    [...app.sources.values()].map(({ source }) => ({ id: source.id, name: source.name })),
  );
  return db;
}

/** Where the database is, for the start-up line (never the PostgreSQL URL: it holds a password). */
export function describeDatabase(): string {
  const target = databaseTarget(process.env, getAppContext().config.database.path);
  return target.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${target.path}`;
}

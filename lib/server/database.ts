import 'server-only';
import type { Kysely } from 'kysely';
import { getAppContext } from '@/lib/server/app-context';
import { seedDefaultBoards } from '@/lib/db/boards';
import { databaseTarget, migrateToLatest, openDatabase } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { ensureFirstAdmin } from '@/lib/db/first-admin';
import { passwordCost } from '@/lib/auth/verify-password';

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
  const sources = [...app.sources.values()].map(({ source }) => ({
    id: source.id,
    name: source.name,
  }));
  // Instances starting together on one SQLite file can collide (SQLITE_BUSY on the lock upgrade);
  // migrations and seeding are idempotent, so the loser simply tries again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrateToLatest(db);
      await seedDefaultBoards(db, sources);
      await firstAdmin(
        db,
        app.config.auth.users.map((user) => user.username),
      );
      return db;
    } catch (error) {
      if (attempt >= 5) {
        await db.destroy().catch(() => undefined);
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.random() * 200));
    }
  }
}

async function firstAdmin(db: Kysely<Database>, bootstrapNames: string[]): Promise<void> {
  const outcome = await ensureFirstAdmin(db, process.env, bootstrapNames, passwordCost);
  const said: Partial<Record<typeof outcome, string>> = {
    created: `created the admin "${process.env.CALLBOARD_ADMIN_USER?.trim()}" from CALLBOARD_ADMIN_USER`,
    'bootstrap-name': 'CALLBOARD_ADMIN_USER names a user of the configuration file; not created',
    'name-taken':
      'CALLBOARD_ADMIN_USER names an existing user who is not an enabled admin; not changed',
  };
  const line = said[outcome];
  if (line) process.stdout.write(`callboard: ${line}\n`);
}

/** Where the database is, for the start-up line (never the PostgreSQL URL: it holds a password). */
export function describeDatabase(): string {
  const target = databaseTarget(process.env, getAppContext().config.database.path);
  return target.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${target.path}`;
}

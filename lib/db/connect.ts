import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Pool } from 'pg';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

/** Where the app's own data lives: a SQLite file, or a PostgreSQL server. */
export type DatabaseTarget =
  { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

export const defaultDatabasePath = './.data/callboard.db';

/** `DATABASE_URL` wins; else `CALLBOARD_DB_PATH`, the config file's `database.path`, the default. */
export function databaseTarget(
  env: Record<string, string | undefined>,
  configuredPath: string | undefined,
): DatabaseTarget {
  if (env.DATABASE_URL) return { engine: 'postgres', url: env.DATABASE_URL };
  return { engine: 'sqlite', path: env.CALLBOARD_DB_PATH || configuredPath || defaultDatabasePath };
}

/** Opens the database (creating a SQLite file and its folder when missing). */
export function openDatabase(target: DatabaseTarget): Kysely<Database> {
  if (target.engine === 'postgres') {
    const pool = new Pool({ connectionString: target.url, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
  const sqlite = new BetterSqlite3(target.path);
  // WAL: readers (route handlers) never wait for the one writer (heartbeats).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed`, { cause: error });
  }
}

import type { Kysely } from 'kysely';
import { Role } from '@/lib/config/schema';
import type { Database, UsersTable } from './schema';

/** A user as the admin pages and the auth layer see it (never the password hash). */
export interface UserInfo {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  locale: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UserRecord extends UserInfo {
  passwordHash: string;
  sessionsValidAfter: string;
}

function toRecord(row: UsersTable): UserRecord {
  return {
    id: row.id,
    username: row.username,
    // A role written by an older or newer version that this one does not know grants least.
    role: Role.catch('viewer').parse(row.role),
    disabled: row.disabled_at !== null,
    locale: row.locale,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordHash: row.password_hash,
    sessionsValidAfter: row.sessions_valid_after,
  };
}

export function toUserInfo(record: UserRecord): UserInfo {
  const { id, username, role, disabled, locale, createdAt, updatedAt } = record;
  return { id, username, role, disabled, locale, createdAt, updatedAt };
}

/** Creates a user; false when the username is taken. */
export async function createUser(
  db: Kysely<Database>,
  input: { username: string; passwordHash: string; role: Role },
  now = new Date(),
): Promise<UserInfo | null> {
  const at = now.toISOString();
  const row: UsersTable = {
    id: crypto.randomUUID(),
    username: input.username,
    password_hash: input.passwordHash,
    role: input.role,
    disabled_at: null,
    sessions_valid_after: at,
    locale: null,
    created_at: at,
    updated_at: at,
  };
  const inserted = await db
    .insertInto('users')
    .values(row)
    .onConflict((c) => c.column('username').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 ? toUserInfo(toRecord(row)) : null;
}

export async function listUsers(db: Kysely<Database>): Promise<UserInfo[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map((row) => toUserInfo(toRecord(row)));
}

export async function findUserByName(
  db: Kysely<Database>,
  username: string,
): Promise<UserRecord | null> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function getUser(db: Kysely<Database>, id: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export interface UserChange {
  role?: Role;
  disabled?: boolean;
  passwordHash?: string;
  locale?: string | null;
}

/**
 * Applies a change; null when no such user. Disabling or a new password ends the user's
 * existing sessions (they were issued before `sessions_valid_after`).
 */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  change: UserChange,
  now = new Date(),
): Promise<UserInfo | null> {
  const at = now.toISOString();
  const set: Partial<UsersTable> = { updated_at: at };
  if (change.role !== undefined) set.role = change.role;
  if (change.locale !== undefined) set.locale = change.locale;
  if (change.disabled !== undefined) set.disabled_at = change.disabled ? at : null;
  if (change.passwordHash !== undefined) set.password_hash = change.passwordHash;
  if (change.disabled === true || change.passwordHash !== undefined) set.sessions_valid_after = at;
  await db.updateTable('users').set(set).where('id', '=', id).execute();
  const updated = await getUser(db, id);
  return updated ? toUserInfo(updated) : null;
}

/** Whether any enabled admin exists in the database (the first admin is created only without one). */
export async function hasEnabledAdmin(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

import type { Kysely } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import { Role } from '@/lib/config/schema';
import type { ApiTokensTable, Database } from './schema';

export interface ApiTokenInfo {
  id: string;
  name: string;
  role: Role;
  /** The sources the token may read; null for every source its role may see. */
  sources: string[] | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export type TokenState = 'active' | 'revoked' | 'expired';

/** Tokens made here start with this, so they are recognisable in a leak scan and a log. */
export const tokenPrefix = 'cbt_';

/** sha-256 suffices for 32 random bytes: nothing to guess from, unlike a password. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function toInfo(row: ApiTokensTable): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    role: Role.catch('viewer').parse(row.role),
    sources: row.sources === null ? null : (JSON.parse(row.sources) as string[]),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export function tokenState(token: ApiTokenInfo, now = new Date()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** Creates a token; the returned secret is the only time it exists outside a hash. */
export async function createApiToken(
  db: Kysely<Database>,
  input: { name: string; role: Role; sources: string[] | null; expiresAt: Date | null },
  now = new Date(),
): Promise<{ info: ApiTokenInfo; token: string }> {
  const token = `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
  const row: ApiTokensTable = {
    id: crypto.randomUUID(),
    name: input.name,
    token_hash: hashApiToken(token),
    role: input.role,
    sources: input.sources === null ? null : JSON.stringify(input.sources),
    created_at: now.toISOString(),
    expires_at: input.expiresAt?.toISOString() ?? null,
    revoked_at: null,
  };
  await db.insertInto('api_tokens').values(row).execute();
  return { info: toInfo(row), token };
}

export async function listApiTokens(db: Kysely<Database>): Promise<ApiTokenInfo[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toInfo);
}

/** The token a presented secret belongs to, looked up by its hash, with its state; or null. */
export async function findApiToken(
  db: Kysely<Database>,
  presented: string,
  now = new Date(),
): Promise<{ token: ApiTokenInfo; state: TokenState } | null> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', hashApiToken(presented))
    .executeTakeFirst();
  if (!row) return null;
  const token = toInfo(row);
  return { token, state: tokenState(token, now) };
}

/** Revokes a token; false when it does not exist or was revoked already. */
export async function revokeApiToken(
  db: Kysely<Database>,
  id: string,
  now = new Date(),
): Promise<ApiTokenInfo | null> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toInfo(row) : null;
}

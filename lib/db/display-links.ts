import type { Kysely } from 'kysely';
import { hashDisplayKey, newDisplayKey } from '@/lib/auth/display-key';
import type { Database, DisplayLinksTable } from './schema';

/** What a screen reports on its heartbeat. */
export interface ScreenInfo {
  version: string;
  uptimeSeconds: number;
  memoryMb: number | null;
  userAgent: string;
}

export interface DisplayLink {
  id: string;
  boardId: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastSeenAt: string | null;
  screen: ScreenInfo | null;
  reloadRequestedAt: string | null;
}

function toLink(row: DisplayLinksTable): DisplayLink {
  return {
    id: row.id,
    boardId: row.board_id,
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
    screen: row.screen_info ? (JSON.parse(row.screen_info) as ScreenInfo) : null,
    reloadRequestedAt: row.reload_requested_at,
  };
}

/** Creates a link; the returned key is the only time it exists outside a hash. */
export async function createDisplayLink(
  db: Kysely<Database>,
  input: { boardId: string; name: string; expiresAt: Date | null },
  now = new Date(),
): Promise<{ link: DisplayLink; key: string }> {
  const key = newDisplayKey();
  const row: DisplayLinksTable = {
    id: crypto.randomUUID(),
    board_id: input.boardId,
    name: input.name,
    key_hash: hashDisplayKey(key),
    created_at: now.toISOString(),
    expires_at: input.expiresAt?.toISOString() ?? null,
    revoked_at: null,
    last_seen_at: null,
    screen_info: null,
    reload_requested_at: null,
  };
  await db.insertInto('display_links').values(row).execute();
  return { link: toLink(row), key };
}

export async function listDisplayLinks(db: Kysely<Database>): Promise<DisplayLink[]> {
  const rows = await db
    .selectFrom('display_links')
    .selectAll()
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toLink);
}

export type LinkState = 'active' | 'revoked' | 'expired';

/** The link a presented key belongs to, with whether it may still be used; null if none. */
export async function findDisplayLinkByKey(
  db: Kysely<Database>,
  key: string,
  now = new Date(),
): Promise<{ link: DisplayLink; state: LinkState } | null> {
  const row = await db
    .selectFrom('display_links')
    .selectAll()
    .where('key_hash', '=', hashDisplayKey(key))
    .executeTakeFirst();
  if (!row) return null;
  const link = toLink(row);
  return { link, state: linkState(link, now) };
}

export function linkState(link: DisplayLink, now: Date): LinkState {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt && Date.parse(link.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

export async function revokeDisplayLink(
  db: Kysely<Database>,
  id: string,
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable('display_links')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Asks the screen to reload on its next heartbeat. */
export async function requestScreenReload(
  db: Kysely<Database>,
  id: string,
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable('display_links')
    .set({ reload_requested_at: now.toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Records a heartbeat; answers whether a reload was requested since the screen's page loaded
 * (`loadedAt`), so a screen reloads once per request, not on every beat after it.
 */
export async function recordHeartbeat(
  db: Kysely<Database>,
  id: string,
  screen: ScreenInfo,
  loadedAt: Date,
  now = new Date(),
): Promise<{ reload: boolean }> {
  await db
    .updateTable('display_links')
    .set({ last_seen_at: now.toISOString(), screen_info: JSON.stringify(screen) })
    .where('id', '=', id)
    .execute();
  const row = await db
    .selectFrom('display_links')
    .select('reload_requested_at')
    .where('id', '=', id)
    .executeTakeFirst();
  const requested = row?.reload_requested_at ? Date.parse(row.reload_requested_at) : null;
  return { reload: requested !== null && requested > loadedAt.getTime() };
}

import type { Kysely } from 'kysely';
import type { Locale } from '@/lib/i18n/locales';
import { Board } from '@/lib/model/board';
import { defaultBoardFor } from '@/lib/model/default-board';
import type { Database } from './schema';

export interface BoardSummary {
  id: string;
  name: string;
  pages: number;
  /** The board's own language, or null for each screen's. */
  locale: Locale | null;
  updatedAt: string;
}

export async function listBoards(db: Kysely<Database>): Promise<BoardSummary[]> {
  const rows = await db.selectFrom('boards').selectAll().orderBy('name').execute();
  return rows.map((row) => {
    const board = Board.parse(JSON.parse(row.definition));
    return {
      id: row.id,
      name: row.name,
      pages: board.pages.length,
      locale: board.locale ?? null,
      updatedAt: row.updated_at,
    };
  });
}

/** The stored board, or null; stored JSON was validated on write and is parsed again on read. */
export async function getBoard(db: Kysely<Database>, id: string): Promise<Board | null> {
  const row = await db
    .selectFrom('boards')
    .select('definition')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? Board.parse(JSON.parse(row.definition)) : null;
}

/** Creates or replaces a board (import); returns whether it existed before. */
export async function saveBoard(
  db: Kysely<Database>,
  board: Board,
  now = new Date(),
): Promise<boolean> {
  const at = now.toISOString();
  const definition = JSON.stringify(board);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('boards')
      .select('id')
      .where('id', '=', board.id)
      .executeTakeFirst();
    if (existing) {
      await trx
        .updateTable('boards')
        .set({ name: board.name, definition, updated_at: at })
        .where('id', '=', board.id)
        .execute();
      return true;
    }
    await trx
      .insertInto('boards')
      .values({ id: board.id, name: board.name, definition, created_at: at, updated_at: at })
      .execute();
    return false;
  });
}

/** Deletes a board and its display links; false when there was none. */
export async function deleteBoard(db: Kysely<Database>, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('display_links').where('board_id', '=', id).execute();
    const result = await trx.deleteFrom('boards').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

/**
 * Gives each configured source its default board once, ever: a board an admin deleted is not
 * brought back at the next start (a marker per source remembers it was created). Instances that
 * start together may race here: every insert gives way to one that is already there.
 */
export async function seedDefaultBoards(
  db: Kysely<Database>,
  sources: { id: string; name: string }[],
  now = new Date(),
): Promise<string[]> {
  const created: string[] = [];
  for (const source of sources) {
    const key = `default-board:${source.id}`;
    const board = defaultBoardFor(source);
    const marked = await db
      .insertInto('app_settings')
      .values({ key, value: board.id })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(marked.numInsertedOrUpdatedRows ?? 0) === 0) continue;
    const at = now.toISOString();
    const inserted = await db
      .insertInto('boards')
      .values({
        id: board.id,
        name: board.name,
        definition: JSON.stringify(board),
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) created.push(board.id);
  }
  return created;
}

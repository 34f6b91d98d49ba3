import type { Generated } from 'kysely';

/** Times are ISO 8601 UTC strings, so both engines store and compare them the same way. */
export interface BoardsTable {
  id: string;
  name: string;
  /** The board's JSON (lib/model/board.ts), validated before it is written. */
  definition: string;
  created_at: string;
  updated_at: string;
}

export interface DisplayLinksTable {
  id: string;
  board_id: string;
  name: string;
  /** sha-256 of the key, hex; the key itself is shown once and never stored. */
  key_hash: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_seen_at: string | null;
  /** What the screen reported on its last heartbeat (JSON), or null before the first. */
  screen_info: string | null;
  reload_requested_at: string | null;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface MigrationMarker {
  id: Generated<number>;
}

/** The app's own database, the same on SQLite and PostgreSQL. */
export interface Database {
  boards: BoardsTable;
  display_links: DisplayLinksTable;
  app_settings: AppSettingsTable;
}

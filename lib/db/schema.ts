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

/** People who sign in with a password kept here (bcrypt); bootstrap users stay in the config file. */
export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  /** admin | supervisor | manager | viewer (lib/config/schema.ts `roles`). */
  role: string;
  /** Set when an admin disabled the account: its sessions stop on the next request. */
  disabled_at: string | null;
  /** Sessions issued before this time are refused (set on a password reset and on disabling). */
  sessions_valid_after: string;
  /** The person's language (en | ru | uz), or null to follow the browser. */
  locale: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  /** sha-256 of the token, hex; the token itself is shown once and never stored. */
  token_hash: string;
  role: string;
  /** JSON array of source ids the token may read, or null for every source. */
  sources: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/** What a role or one user may see: per source, every queue or a list of queues (JSON). */
export interface VisibilityRulesTable {
  subject_type: 'role' | 'user';
  /** A role name, or a username. */
  subject: string;
  /** JSON `{ [sourceId]: string[] | null }`: the sources visible, and for each its queues (null: all). */
  sources: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  /** Who acted: a username, `token:<name>`, or for sign-ins the name that was tried. */
  actor: string;
  action: string;
  target: string | null;
  /** JSON with what changed, never a password or token. */
  detail: string | null;
  /** The client address the request came from. */
  ip: string | null;
}

export interface MigrationMarker {
  id: Generated<number>;
}

/** The app's own database, the same on SQLite and PostgreSQL. */
export interface Database {
  boards: BoardsTable;
  display_links: DisplayLinksTable;
  app_settings: AppSettingsTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  visibility_rules: VisibilityRulesTable;
  audit_log: AuditLogTable;
}

import type { Kysely } from 'kysely';
import type { AuditLogTable, Database } from './schema';

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
}

export interface NewAuditEntry {
  actor: string;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown> | null;
  ip?: string | null;
}

export async function recordAudit(
  db: Kysely<Database>,
  entry: NewAuditEntry,
  now = new Date(),
): Promise<void> {
  const row: AuditLogTable = {
    id: crypto.randomUUID(),
    at: now.toISOString(),
    actor: entry.actor.slice(0, 200),
    action: entry.action,
    target: entry.target?.slice(0, 200) ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
    ip: entry.ip?.slice(0, 64) ?? null,
  };
  await db.insertInto('audit_log').values(row).execute();
}

/** One page of the log, newest first, with the total for the pager. */
export async function listAudit(
  db: Kysely<Database>,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const count = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirst();
  return {
    entries: rows.map((row) => ({
      ...row,
      detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    })),
    total: Number(count?.n ?? 0),
  };
}

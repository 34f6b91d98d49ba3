import type { Kysely } from 'kysely';
import { VisibilityRule, type Visibility } from '@/lib/auth/visibility';
import type { Role } from '@/lib/config/schema';
import type { Database } from './schema';

export interface VisibilityRuleInfo {
  subjectType: 'role' | 'user';
  subject: string;
  sources: VisibilityRule;
  updatedAt: string;
}

function parseRule(text: string): VisibilityRule {
  // A row that does not parse shows nothing rather than everything.
  const parsed = VisibilityRule.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

export async function listVisibilityRules(db: Kysely<Database>): Promise<VisibilityRuleInfo[]> {
  const rows = await db
    .selectFrom('visibility_rules')
    .selectAll()
    .orderBy('subject_type')
    .orderBy('subject')
    .execute();
  return rows.map((row) => ({
    subjectType: row.subject_type,
    subject: row.subject,
    sources: parseRule(row.sources),
    updatedAt: row.updated_at,
  }));
}

/** Sets (or with null removes) the rule of a role or a user; a removed rule means "sees everything". */
export async function setVisibilityRule(
  db: Kysely<Database>,
  subjectType: 'role' | 'user',
  subject: string,
  sources: VisibilityRule | null,
  now = new Date(),
): Promise<void> {
  const where = db
    .deleteFrom('visibility_rules')
    .where('subject_type', '=', subjectType)
    .where('subject', '=', subject);
  if (sources === null) {
    await where.execute();
    return;
  }
  const row = {
    subject_type: subjectType,
    subject,
    sources: JSON.stringify(sources),
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('visibility_rules')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['subject_type', 'subject'])
        .doUpdateSet({ sources: row.sources, updated_at: row.updated_at }),
    )
    .execute();
}

/**
 * What a person sees: their own rule, else their role's, else everything. Admins always see
 * everything, so no rule can lock the people who edit rules out of the data.
 */
export async function visibilityFor(
  db: Kysely<Database>,
  username: string,
  role: Role,
): Promise<Visibility> {
  if (role === 'admin') return null;
  const rows = await db
    .selectFrom('visibility_rules')
    .select(['subject_type', 'sources'])
    .where((eb) =>
      eb.or([
        eb.and([eb('subject_type', '=', 'user'), eb('subject', '=', username)]),
        eb.and([eb('subject_type', '=', 'role'), eb('subject', '=', role)]),
      ]),
    )
    .execute();
  const own = rows.find((row) => row.subject_type === 'user') ?? rows[0];
  return own ? parseRule(own.sources) : null;
}

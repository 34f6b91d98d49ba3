import type { Kysely } from 'kysely';
import bcrypt from 'bcryptjs';
import type { Database } from './schema';
import { createUser, hasEnabledAdmin } from './users';

export type FirstAdminOutcome =
  'not-asked' | 'admin-exists' | 'bootstrap-name' | 'name-taken' | 'created';

/**
 * The first admin from `CALLBOARD_ADMIN_USER` and `CALLBOARD_ADMIN_PASSWORD`: created at start-up
 * only while the database holds no enabled admin, so the variables can stay set without ever
 * resetting anybody's password. A name the configuration file already has is left to the file.
 */
export async function ensureFirstAdmin(
  db: Kysely<Database>,
  env: Record<string, string | undefined>,
  bootstrapNames: readonly string[],
  cost: number,
): Promise<FirstAdminOutcome> {
  const username = env.CALLBOARD_ADMIN_USER?.trim();
  const password = env.CALLBOARD_ADMIN_PASSWORD;
  if (!username || !password) return 'not-asked';
  if (bootstrapNames.includes(username)) return 'bootstrap-name';
  if (await hasEnabledAdmin(db)) return 'admin-exists';
  const created = await createUser(db, {
    username,
    role: 'admin',
    passwordHash: await bcrypt.hash(password, cost),
  });
  return created ? 'created' : 'name-taken';
}

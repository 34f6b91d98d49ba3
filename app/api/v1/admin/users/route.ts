import { hashPassword } from '@/lib/auth/verify-password';
import { createUser, listUsers } from '@/lib/db/users';
import { CreateUser } from '@/lib/model/accounts';
import { parseBody } from '@/lib/server/api/admin-body';
import { apiError, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

/** The database's users, and the configuration file's (bootstrap) users, which change only there. */
export const GET = withApi('admin', async ({ app }) => {
  const bootstrap = app.config.auth.users.map(({ username, role }) => ({ username, role }));
  return ok({ users: await listUsers(await getDb()), bootstrap });
});

/** Adds a user; 409 when the name is taken here or by a bootstrap user. */
export const POST = withApi('admin', async ({ request, caller, app }) => {
  const body = await parseBody(request, CreateUser, 'user');
  if (!body.ok) return body.response;
  const { username, password, role } = body.value;
  if (app.config.auth.users.some((user) => user.username === username)) {
    return apiError(409, 'conflict', `"${username}" is a user of the configuration file`);
  }
  const user = await createUser(await getDb(), {
    username,
    role,
    passwordHash: await hashPassword(password),
  });
  if (!user) return apiError(409, 'conflict', `a user "${username}" exists already`);
  await auditAction(request, caller, 'user.create', username, { role });
  return ok({ user }, { status: 201 });
});

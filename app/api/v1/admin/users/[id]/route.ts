import { hashPassword } from '@/lib/auth/verify-password';
import { getUser, updateUser } from '@/lib/db/users';
import { UpdateUser } from '@/lib/model/accounts';
import { parseBody } from '@/lib/server/api/admin-body';
import { badRequest, notFound, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

/**
 * Changes a user's role, disables or enables them, or resets their password. Their next request
 * already counts the change: a disabled user or one with a new password is signed out.
 */
export const PATCH = withApi<{ id: string }>('admin', async ({ request, caller, params }) => {
  const body = await parseBody(request, UpdateUser, 'change');
  if (!body.ok) return body.response;
  const db = await getDb();
  const user = await getUser(db, params.id);
  if (!user) return notFound(`unknown user "${params.id}"`);
  const { role, disabled, password } = body.value;
  // An admin cannot lock themselves out by accident; another admin can.
  const self = caller.kind === 'user' && caller.name === user.username;
  if (self && (disabled === true || (role !== undefined && role !== 'admin'))) {
    return badRequest('you cannot disable your own account or take away your own admin role');
  }
  const updated = await updateUser(db, user.id, {
    role,
    disabled,
    ...(password === undefined ? {} : { passwordHash: await hashPassword(password) }),
  });
  const changes: Record<string, unknown> = {};
  if (role !== undefined && role !== user.role) changes.role = { from: user.role, to: role };
  if (disabled !== undefined && disabled !== user.disabled) changes.disabled = disabled;
  if (password !== undefined) changes.passwordReset = true;
  await auditAction(request, caller, 'user.update', user.username, changes);
  return ok({ user: updated });
});

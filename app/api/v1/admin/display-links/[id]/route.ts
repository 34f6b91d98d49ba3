import { revokeDisplayLink } from '@/lib/db/display-links';
import { getDb } from '@/lib/server/database';
import { notFound, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { adminOnly } from '@/lib/server/tv/admin-api';

export const dynamic = 'force-dynamic';

/** Revokes a link: its screen shows "revoked" at its next heartbeat and drops its data. */
export const DELETE = withApi<{ id: string }>('admin', async ({ caller, params, request }) => {
  const denied = adminOnly(caller);
  if (denied) return denied;
  if (!(await revokeDisplayLink(await getDb(), params.id))) {
    return notFound(`no active display link "${params.id}"`);
  }
  await auditAction(request, caller, 'display-link.revoke', params.id);
  return ok({ revoked: params.id });
});

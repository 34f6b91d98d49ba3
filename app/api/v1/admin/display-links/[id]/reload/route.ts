import { requestScreenReload } from '@/lib/db/display-links';
import { getDb } from '@/lib/server/database';
import { notFound, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { adminOnly } from '@/lib/server/tv/admin-api';

export const dynamic = 'force-dynamic';

/** Asks the link's screen to reload; it does so on its next heartbeat. */
export const POST = withApi<{ id: string }>('admin', async ({ caller, params, request }) => {
  const denied = adminOnly(caller);
  if (denied) return denied;
  if (!(await requestScreenReload(await getDb(), params.id))) {
    return notFound(`unknown display link "${params.id}"`);
  }
  await auditAction(request, caller, 'display-link.reload', params.id);
  return ok({ reloadRequested: params.id });
});

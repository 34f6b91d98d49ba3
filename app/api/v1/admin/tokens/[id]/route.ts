import { revokeApiToken } from '@/lib/db/api-tokens';
import { notFound, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

/** Revokes a token: its next request is refused (401). */
export const DELETE = withApi<{ id: string }>('admin', async ({ request, caller, params }) => {
  const token = await revokeApiToken(await getDb(), params.id);
  if (!token) return notFound(`no active API token "${params.id}"`);
  await auditAction(request, caller, 'token.revoke', token.name);
  return ok({ revoked: params.id });
});

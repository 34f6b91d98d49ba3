import { createApiToken, listApiTokens } from '@/lib/db/api-tokens';
import { CreateApiToken } from '@/lib/model/accounts';
import { parseBody } from '@/lib/server/api/admin-body';
import { badRequest, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { getDb } from '@/lib/server/database';

export const dynamic = 'force-dynamic';

export const GET = withApi('admin', async ({ app }) => {
  const configured = app.config.auth.apiTokens.map(({ name, role }) => ({ name, role }));
  return ok({ tokens: await listApiTokens(await getDb()), configured });
});

/** Creates a token; this answer is the only place the token ever appears (stored as sha-256). */
export const POST = withApi('admin', async ({ request, caller, app }) => {
  const body = await parseBody(request, CreateApiToken, 'API token');
  if (!body.ok) return body.response;
  const { name, role, sources, expiresInDays } = body.value;
  const unknown = sources?.find((id) => !app.sources.has(id));
  if (unknown) return badRequest(`invalid API token: unknown source "${unknown}"`);
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  const { info, token } = await createApiToken(await getDb(), { name, role, sources, expiresAt });
  await auditAction(request, caller, 'token.create', name, {
    role,
    sources,
    expiresAt: info.expiresAt,
  });
  return ok({ token, info }, { status: 201 });
});

import { listVisibilityRules, setVisibilityRule } from '@/lib/db/visibility-rules';
import { SetVisibility } from '@/lib/model/accounts';
import { parseBody } from '@/lib/server/api/admin-body';
import { badRequest, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { getDb } from '@/lib/server/database';
import { roles } from '@/lib/config/schema';

export const dynamic = 'force-dynamic';

/** Every visibility rule, and the sources a rule may name. */
export const GET = withApi('admin', async ({ app }) => {
  const sources = [...app.sources.values()].map(({ source }) => ({
    id: source.id,
    name: source.name,
  }));
  return ok({ rules: await listVisibilityRules(await getDb()), sources });
});

/** Sets what a role or a user sees (sources, and per source all or some queues); null removes it. */
export const PUT = withApi('admin', async ({ request, caller, app }) => {
  const body = await parseBody(request, SetVisibility, 'visibility rule');
  if (!body.ok) return body.response;
  const { subjectType, subject, sources } = body.value;
  if (subjectType === 'role' && !(roles as readonly string[]).includes(subject)) {
    return badRequest(`invalid visibility rule: unknown role "${subject}"`);
  }
  if (subjectType === 'role' && subject === 'admin') {
    return badRequest('invalid visibility rule: admins always see everything');
  }
  const unknown = Object.keys(sources ?? {}).find((id) => !app.sources.has(id));
  if (unknown) return badRequest(`invalid visibility rule: unknown source "${unknown}"`);
  await setVisibilityRule(await getDb(), subjectType, subject, sources);
  await auditAction(
    request,
    caller,
    sources ? 'visibility.set' : 'visibility.remove',
    `${subjectType}:${subject}`,
    sources ? { sources } : null,
  );
  return ok({ subjectType, subject, sources });
});

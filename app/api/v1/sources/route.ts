import { maySeeSource } from '@/lib/auth/visibility';
import { ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { listSources } from '@/lib/server/sources/list-sources';

export const dynamic = 'force-dynamic';

/** The sources the caller may see (others are left out, and 403 on their own routes). */
export const GET = withApi('live', async ({ app, caller }) => {
  const { sources } = await listSources(app);
  return ok({ sources: sources.filter(({ id }) => maySeeSource(caller.visibility, id)) });
});

import { ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { listSourcesFor } from '@/lib/server/sources/list-sources';

export const dynamic = 'force-dynamic';

/** The sources the caller may see (others are left out, and 403 on their own routes). */
export const GET = withApi('live', async ({ app, caller }) =>
  ok(await listSourcesFor(app, caller)),
);

import { ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { listSources } from '@/lib/server/sources/list-sources';

export const dynamic = 'force-dynamic';

export const GET = withApi(async ({ app }) => ok(await listSources(app)));

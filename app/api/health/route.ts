import { sessionCaller } from '@/lib/auth/current-caller';
import { ok } from '@/lib/server/api/responses';
import { getAppContext } from '@/lib/server/app-context';
import { listSources } from '@/lib/server/sources/list-sources';

export const dynamic = 'force-dynamic';

/** For load balancers: `{ status }` with no sign-in; signed-in admins also see each source. */
export async function GET() {
  const caller = await sessionCaller(getAppContext().config.auth).catch(() => null);
  if (caller?.role !== 'admin') return ok({ status: 'ok' });
  const { sources } = await listSources(getAppContext());
  return ok({
    status: 'ok',
    sources: sources.map(({ id, kind, health }) => ({ id, kind, ...health })),
  });
}

import { notFound, ok, unsupported, upstreamFailure } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { liveQueuesResponse } from '@/lib/server/sources/live-queues-response';

export const dynamic = 'force-dynamic';

export const GET = withApi<{ id: string }>(async ({ app, params }) => {
  const runtime = app.sources.get(params.id);
  if (!runtime) return notFound(`unknown source "${params.id}"`);
  if (!runtime.live) return unsupported(`source ${params.id} cannot show live queues`);
  const snapshot = await runtime.live.read();
  const { value, fetchedAtMs } = snapshot;
  if (value === undefined || fetchedAtMs === undefined) {
    return upstreamFailure(params.id, snapshot.lastError);
  }
  const { source } = runtime;
  return ok(liveQueuesResponse(source.id, source.timezone, { ...snapshot, value, fetchedAtMs }));
});

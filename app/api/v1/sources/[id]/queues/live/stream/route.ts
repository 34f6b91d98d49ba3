import { notFound, unsupported } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { sseResponse } from '@/lib/server/live/sse-response';
import { liveQueuesEvent } from '@/lib/server/sources/live-queues-event';

export const dynamic = 'force-dynamic';

export const GET = withApi<{ id: string }>(({ app, caller, params, request }) => {
  const runtime = app.sources.get(params.id);
  if (!runtime) return notFound(`unknown source "${params.id}"`);
  const { live } = runtime;
  if (!live) return unsupported(`source ${params.id} cannot show live queues`);
  return sseResponse(live, (snapshot) => liveQueuesEvent(runtime, snapshot), request.signal, {
    admission: { streams: app.streams, callerKey: `${caller.kind}:${caller.name}` },
  });
});

import { noQuery, sourceRoute } from '@/lib/server/api/source-route';
import { sseResponse } from '@/lib/server/live/sse-response';
import { liveQueuesEvent } from '@/lib/server/sources/live-queues-event';

export const dynamic = 'force-dynamic';

export const GET = sourceRoute({
  parse: noQuery,
  cannot: (runtime) => (runtime.live ? undefined : 'show live queues'),
  handle({ runtime, request, app, caller }) {
    const { live } = runtime;
    if (!live) throw new Error('unreachable: cannot() refuses sources without live queues');
    return sseResponse(live, (snapshot) => liveQueuesEvent(runtime, snapshot), request.signal, {
      admission: { streams: app.streams, callerKey: `${caller.kind}:${caller.name}` },
    });
  },
});

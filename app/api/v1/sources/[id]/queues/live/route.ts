import { filterQueues } from '@/lib/auth/visibility';
import { ok, upstreamFailure } from '@/lib/server/api/responses';
import { noQuery, sourceRoute } from '@/lib/server/api/source-route';
import { liveQueuesResponse } from '@/lib/server/sources/live-queues-response';

export const dynamic = 'force-dynamic';

export const GET = sourceRoute({
  need: 'live',
  // A caller limited to some queues gets only those.
  queues: 'filters',
  parse: noQuery,
  cannot: (runtime) => (runtime.live ? undefined : 'show live queues'),
  async handle({ runtime, params, caller }) {
    if (!runtime.live) throw new Error('unreachable: cannot() refuses sources without live queues');
    const snapshot = await runtime.live.read();
    const { value, fetchedAtMs } = snapshot;
    if (value === undefined || fetchedAtMs === undefined) {
      return upstreamFailure(params.id, snapshot.lastError);
    }
    const { source } = runtime;
    const visible = filterQueues(caller.visibility, source.id, value);
    return ok(
      liveQueuesResponse(source.id, source.timezone, { ...snapshot, value: visible, fetchedAtMs }),
    );
  },
});

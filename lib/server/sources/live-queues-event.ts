import type { LiveQueue } from '@/lib/model/live-queues';
import type { SseEvent } from '@/lib/server/live/sse-response';
import type { CacheSnapshot } from '@/lib/server/live/refresh-cache';
import { describeError } from '@/lib/server/live/refresh-cache';
import type { SourceRuntime } from './source-runtime';
import { liveQueuesResponse } from './live-queues-response';

/** `snapshot` with the queues/live body, or `unavailable` while no good value exists yet. */
export function liveQueuesEvent(
  runtime: SourceRuntime,
  snapshot: CacheSnapshot<LiveQueue[]>,
): SseEvent {
  const { value, fetchedAtMs } = snapshot;
  const { id, timezone } = runtime.source;
  if (value === undefined || fetchedAtMs === undefined) {
    return {
      event: 'unavailable',
      data: {
        error: {
          code: 'upstream_error',
          message: `source ${id}: ${describeError(snapshot.lastError)}`,
        },
      },
    };
  }
  return {
    id: fetchedAtMs,
    event: 'snapshot',
    data: liveQueuesResponse(id, timezone, { ...snapshot, value, fetchedAtMs }),
  };
}

import type { LiveQueuesResponse } from '@/lib/model/live-queues';
import { formatInZone } from '@/lib/time/zoned';
import type { CacheSnapshot } from '@/lib/server/live/refresh-cache';
import type { LiveQueue } from '@/lib/model/live-queues';

/** The queues/live body for a snapshot that has a value (docs/api.md), with its age and staleness. */
export function liveQueuesResponse(
  sourceId: string,
  timeZone: string,
  snapshot: CacheSnapshot<LiveQueue[]> & { value: LiveQueue[]; fetchedAtMs: number },
  nowMs = Date.now(),
): LiveQueuesResponse {
  return {
    source: sourceId,
    fetchedAt: formatInZone(new Date(snapshot.fetchedAtMs), timeZone),
    ageSeconds: Math.max(0, Math.round((nowMs - snapshot.fetchedAtMs) / 1000)),
    stale: snapshot.stale,
    ...(snapshot.staleReason ? { staleReason: snapshot.staleReason } : {}),
    queues: snapshot.value,
  };
}

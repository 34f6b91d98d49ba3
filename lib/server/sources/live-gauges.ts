import type { AppContext } from '@/lib/server/app-context';
import { getMetrics } from '@/lib/server/metrics';

/** Sets the gauges that describe the present (SSE clients, staleness) just before a scrape. */
export function updateLiveGauges(app: AppContext, nowMs = Date.now()): void {
  const { sseClients, secondsStale } = getMetrics();
  for (const [id, runtime] of app.sources) {
    const live = runtime.live;
    if (!live) continue;
    // The node:http streams of a source share one subscription: count the streams, not it.
    const nodeStreams = app.fanout.streamsOf(id);
    sseClients.set({ source: id }, live.subscriberCount - (nodeStreams > 0 ? 1 : 0) + nodeStreams);
    const snapshot = live.cache.snapshot();
    const stale = snapshot.stale && snapshot.fetchedAtMs !== undefined;
    secondsStale.set({ source: id }, stale ? (nowMs - (snapshot.fetchedAtMs ?? nowMs)) / 1000 : 0);
  }
}

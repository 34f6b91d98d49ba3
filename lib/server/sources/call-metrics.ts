import type { CallContext } from '@/lib/providers/provider';
import { getMetrics } from '@/lib/server/metrics';

/** The context callbacks that count a source's upstream attempts and tolerated quirks. */
export function callMetrics(sourceId: string): Pick<CallContext, 'onQuirk' | 'onUpstreamResult'> {
  return {
    onQuirk: (quirk) => getMetrics().upstreamQuirks.inc({ source: sourceId, quirk }),
    onUpstreamResult: (outcome, seconds) => {
      const metrics = getMetrics();
      metrics.upstreamRequests.inc({ source: sourceId, outcome });
      metrics.upstreamLatency.observe({ source: sourceId }, seconds);
    },
  };
}

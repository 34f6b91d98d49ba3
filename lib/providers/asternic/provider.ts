import type { AsternicSourceConfig, ResolvedSource } from '@/lib/config/schema';
import type { Provider } from '@/lib/providers/provider';
import { createAsternicClient, type AsternicQuirk } from './client';
import { mapRealtime } from './mapper';

export interface AsternicProvider extends Provider {
  /** How often each realtime repair was needed since start-up; non-zero means a quirky install. */
  quirkCounts(): Readonly<Record<AsternicQuirk, number>>;
}

/** Live queues from `entity=realtime`; report-based summary and series come later. */
export function createAsternicProvider(
  source: ResolvedSource<AsternicSourceConfig>,
): AsternicProvider {
  const client = createAsternicClient(source);
  const quirks: Record<AsternicQuirk, number> = {
    'lenient-json': 0,
    'glued-objects': 0,
    'unknown-entries': 0,
  };
  return {
    kind: 'asternic',
    capabilities: {
      summary: false,
      series: [],
      agents: false,
      externalNumbers: false,
      liveQueues: true,
    },
    async fetchLiveQueues(context) {
      const { body, quirks: seen } = await client.realtime(context);
      for (const quirk of seen) {
        quirks[quirk] += 1;
        context.onQuirk?.(quirk);
      }
      return mapRealtime(body);
    },
    async checkHealth(context) {
      // The queue list is small and needs the same credentials as realtime.
      await client.queues(context);
    },
    quirkCounts: () => ({ ...quirks }),
  };
}

import { businessDayAt } from '@/lib/time/business-day';
import {
  cacheKey,
  InvalidQueryError,
  type Provider,
  type ProviderDefinition,
  type ProviderOptions,
  type SourceOf,
  type StatsContext,
  type StatsQuery,
} from '@/lib/providers/provider';
import type { EnswitchDestinationStatsWire } from './api-types';
import { createEnswitchClient, type EnswitchClient } from './client';
import { mapAgents, mapLiveQueue, mapSummary } from './mapper';

export type EnswitchSource = SourceOf<'enswitch'>;

/**
 * Enswitch queue functions (FACTS §4): per-member statistics, calls waiting and members of the
 * configured queues. Summary gives only answered calls and talk time (see README).
 */
export function createEnswitchProvider(
  source: EnswitchSource,
  options: ProviderOptions<EnswitchClient> = {},
): Provider {
  const client = options.client ?? createEnswitchClient(source);
  const now = options.now ?? Date.now;

  /** The queues a request covers: all configured ones, or the one it filters on. */
  function queuesOf(query: StatsQuery): number[] {
    if (query.queue === undefined) return source.queues;
    const queue = /^\d+$/.test(query.queue) ? Number(query.queue) : NaN;
    if (!source.queues.includes(queue)) {
      throw new InvalidQueryError(
        `queue must be one of the configured queues (${source.queues.join(', ')}), not "${query.queue}"`,
      );
    }
    return [queue];
  }

  /** Per-member statistics of the request's queues, each answer cached once its period is over. */
  async function statistics(
    query: StatsQuery,
    context: StatsContext,
  ): Promise<EnswitchDestinationStatsWire[]> {
    const start = Math.floor(query.range.from.toSeconds());
    // Enswitch's `end` is read as inclusive (a whole second), so ask for the last second inside
    // the half-open range: adjacent ranges then never count a call on their boundary twice.
    const end = Math.ceil(query.range.to.toSeconds()) - 1;
    const answers = await Promise.all(
      queuesOf(query).map((queue) =>
        context.cached(
          cacheKey('enswitch', 'destination statistics', queue, start, end),
          query.range.to.toMillis(),
          () => context.limit(() => client.destinationStatistics(queue, start, end, context)),
        ),
      ),
    );
    return answers.flat();
  }

  return {
    kind: 'enswitch',
    filters: ['queue'],
    async fetchSummary(query, context) {
      return mapSummary(await statistics(query, context));
    },
    async fetchAgents(query, context) {
      return mapAgents(await statistics(query, context));
    },
    async fetchLiveQueues(context) {
      const nowMs = now();
      // Today since the business-day start (midnight by default), also on a 23- or 25-hour day.
      const day = businessDayAt(nowMs, source.timezone, source.businessDayStart);
      const start = Math.floor(day.from.toSeconds());
      const end = Math.floor(nowMs / 1000);
      return Promise.all(
        source.queues.map(async (queue) => {
          const [waiting, members, today] = await Promise.all([
            client.activeCalls(queue, context),
            client.queueDestinations(queue, context),
            client.destinationStatistics(queue, start, end, context),
          ]);
          return mapLiveQueue({ queue, waiting, members, today }, nowMs);
        }),
      );
    },
    async checkHealth(context) {
      // The member list of one queue is small and needs the same credentials as the rest.
      const [queue] = source.queues;
      if (queue !== undefined) await client.queueDestinations(queue, context);
    },
  };
}

export const enswitchDefinition: ProviderDefinition<'enswitch', EnswitchClient> = {
  kind: 'enswitch',
  defaultRefreshSeconds: 10,
  concurrency: 3,
  create: createEnswitchProvider,
};

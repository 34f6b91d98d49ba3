import type {
  AgentStats,
  BucketCounts,
  ExternalNumberStats,
  SeriesPoint,
  SummaryData,
} from '@/lib/model/stats';
import type { CallRecord } from '@/sim/engine/types';
import { reachedPerson, seriesOf, sum, type Bucket, type Span } from './truth-helpers';

/**
 * What an Asternic source must answer, recounted from the engine's calls with the meanings in
 * lib/providers/asternic/README.md: only queue calls exist for Asternic and they are `incoming`
 * (outgoing/internal null); a call counts by its queue entry; answered = an agent took it;
 * duration = queue entry to hang-up; no busy/failed. Unanswered calls reach no agent, so under
 * an agent filter the unanswered figures are unknown (null), not 0.
 */

export interface AsternicFilter {
  queue?: string;
  agent?: string;
  externalNumber?: string;
}

/** The calls the two detail reports can show for the filter. */
function queueCalls(calls: readonly CallRecord[], filter: AsternicFilter): CallRecord[] {
  return calls.filter(
    (c) =>
      c.direction === 'incoming' &&
      c.queue !== null &&
      (filter.queue === undefined || c.queue === filter.queue) &&
      (filter.agent === undefined || c.agentName === filter.agent) &&
      (filter.externalNumber === undefined || (c.did ?? '') === filter.externalNumber),
  );
}

function counts(calls: readonly CallRecord[], filter: AsternicFilter): BucketCounts {
  const answered = calls.filter(reachedPerson).length;
  if (filter.agent !== undefined) return { total: answered, notAnswered: null };
  return { total: calls.length, notAnswered: calls.length - answered };
}

export function asternicSummary(
  calls: readonly CallRecord[],
  filter: AsternicFilter = {},
): SummaryData {
  const mine = queueCalls(calls, filter);
  const answered = mine.filter(reachedPerson);
  const { total, notAnswered } = counts(mine, filter);
  return {
    incoming: {
      total,
      answered: answered.length,
      notAnswered,
      busy: null,
      failed: null,
      // An agent filter drops unanswered rows, so their queue time is not in the sum either.
      durationSeconds: sum(filter.agent === undefined ? mine : answered, (c) => c.durationSec),
      talkSeconds: sum(answered, (c) => c.talkSec),
    },
    outgoing: null,
    internal: null,
  };
}

export function asternicSeries(
  calls: readonly CallRecord[],
  span: Span,
  bucket: Bucket,
  zone: string,
  filter: AsternicFilter = {},
): SeriesPoint[] {
  const mine = queueCalls(calls, filter);
  return seriesOf(mine, span, bucket, zone, (inside) => ({
    incoming: counts(inside, filter),
    outgoing: null,
    internal: null,
  }));
}

/** Agents who took calls, by name; a miss while ringing is not in the reports (null). */
export function asternicAgents(
  calls: readonly CallRecord[],
  filter: AsternicFilter = {},
): AgentStats[] {
  const byAgent = new Map<string, CallRecord[]>();
  for (const call of queueCalls(calls, filter).filter(reachedPerson)) {
    if (call.agentName === null) continue;
    byAgent.set(call.agentName, [...(byAgent.get(call.agentName) ?? []), call]);
  }
  return [...byAgent.keys()].sort().map((name) => {
    const taken = byAgent.get(name) ?? [];
    return {
      id: name,
      name,
      extension: null,
      incoming: {
        calls: taken.length,
        answered: taken.length,
        notAnswered: null,
        durationSeconds: sum(taken, (c) => c.durationSec),
        talkSeconds: sum(taken, (c) => c.talkSec),
      },
      outgoing: null,
    };
  });
}

/** Per DID the customer dialled (`""` for none). */
export function asternicExternalNumbers(
  calls: readonly CallRecord[],
  filter: AsternicFilter = {},
): ExternalNumberStats[] {
  const mine = queueCalls(calls, filter);
  const seen = filter.agent === undefined ? mine : mine.filter(reachedPerson);
  const numbers = [...new Set(seen.map((c) => c.did ?? ''))].sort();
  return numbers.map((number) => ({
    number,
    incoming: counts(
      mine.filter((c) => (c.did ?? '') === number),
      filter,
    ),
    outgoing: null,
    internal: null,
  }));
}

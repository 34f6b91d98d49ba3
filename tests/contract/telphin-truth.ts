import type { DirectionTotals, SeriesPoint, SummaryData } from '@/lib/model/stats';
import type { CallRecord } from '@/sim/engine/types';
import { ofDirection, reachedPerson, seriesOf, sum, type Bucket, type Span } from './truth-helpers';

/**
 * What the Telphin source must answer, recounted from the engine's calls with the meanings in
 * lib/providers/telphin/README.md: a call counts by its start; answered = reached a person
 * (`bridged`), notAnswered = every other outcome; busy and failed as the call ended; internal calls
 * are not Telphin's business (null).
 */

/**
 * Telphin's `duration` is "the answered calls" in its own sense (FACTS §2.4): from the moment the
 * PBX answered. An incoming call is answered by its queue on entry (hold music), unless no agent
 * was logged in (EXITEMPTY); an outgoing call is answered when the far end picks up (talk time).
 */
function answeredSeconds(call: CallRecord): number {
  if (call.direction === 'incoming') return call.outcome === 'empty' ? 0 : call.durationSec;
  return reachedPerson(call) ? call.talkSec : 0;
}

function totals(calls: readonly CallRecord[]): DirectionTotals {
  const answered = calls.filter(reachedPerson);
  return {
    total: calls.length,
    answered: answered.length,
    notAnswered: calls.length - answered.length,
    busy: calls.filter((c) => c.outcome === 'busy').length,
    failed: calls.filter((c) => c.outcome === 'failed').length,
    durationSeconds: sum(calls, answeredSeconds),
    talkSeconds: sum(answered, (c) => c.talkSec),
  };
}

export function telphinSummary(calls: readonly CallRecord[]): SummaryData {
  return {
    incoming: totals(ofDirection(calls, 'incoming')),
    outgoing: totals(ofDirection(calls, 'outgoing')),
    internal: null,
  };
}

/** One point per bucket: the bucket's summary, reduced to total and not answered. */
export function telphinSeries(
  calls: readonly CallRecord[],
  span: Span,
  bucket: Bucket,
  zone: string,
): SeriesPoint[] {
  return seriesOf(calls, span, bucket, zone, (inside) => {
    const counts = (direction: 'incoming' | 'outgoing') => {
      const { total, notAnswered } = totals(ofDirection(inside, direction));
      return { total, notAnswered };
    };
    return { incoming: counts('incoming'), outgoing: counts('outgoing'), internal: null };
  });
}

import type {
  AgentDirection,
  AgentStats,
  BucketCounts,
  DirectionTotals,
  ExternalNumberStats,
  SeriesPoint,
  SummaryData,
} from '@/lib/model/stats';
import type { CallRecord, Direction } from '@/sim/engine/types';
import { ofDirection, reachedPerson, seriesOf, sum, type Bucket, type Span } from './truth-helpers';

/**
 * What the UTEL source must answer, recounted from the engine's calls with the meanings in
 * lib/providers/utel/README.md: a call counts in a range by its start; answered = a person picked
 * it up; UTEL gives no busy/failed split and no period durations (null).
 */

const directions: readonly Direction[] = ['incoming', 'outgoing', 'internal'];

function counts(calls: readonly CallRecord[]): BucketCounts {
  return { total: calls.length, notAnswered: calls.filter((c) => !reachedPerson(c)).length };
}

function totals(calls: readonly CallRecord[]): DirectionTotals {
  const answered = calls.filter(reachedPerson).length;
  return {
    total: calls.length,
    answered,
    notAnswered: calls.length - answered,
    busy: null,
    failed: null,
    durationSeconds: null,
    talkSeconds: null,
  };
}

export function utelSummary(calls: readonly CallRecord[]): SummaryData {
  return {
    incoming: totals(ofDirection(calls, 'incoming')),
    outgoing: totals(ofDirection(calls, 'outgoing')),
    internal: totals(ofDirection(calls, 'internal')),
  };
}

/** One point per bucket, zero-filled, every direction counted. */
export function utelSeries(
  calls: readonly CallRecord[],
  span: Span,
  bucket: Bucket,
  zone: string,
): SeriesPoint[] {
  return seriesOf(calls, span, bucket, zone, (inside) => ({
    incoming: counts(ofDirection(inside, 'incoming')),
    outgoing: counts(ofDirection(inside, 'outgoing')),
    internal: counts(ofDirection(inside, 'internal')),
  }));
}

/** Per trunk number; internal calls use no trunk, so they never count for a number. */
export function utelExternalNumbers(calls: readonly CallRecord[]): ExternalNumberStats[] {
  const numbers = [...new Set(calls.map((c) => externalNumberOf(c)))].filter(
    (n): n is string => n !== null,
  );
  return numbers.sort().map((number) => {
    const mine = calls.filter((c) => externalNumberOf(c) === number);
    const [incoming, outgoing, internal] = directions.map((d) => counts(ofDirection(mine, d)));
    return {
      number,
      incoming: incoming ?? null,
      outgoing: outgoing ?? null,
      internal: internal ?? null,
    };
  });
}

function externalNumberOf(call: CallRecord): string | null {
  return call.direction === 'internal' ? null : call.externalNumber;
}

/** A leg an extension took part in, with the seconds UTEL counts for that extension. */
interface Leg {
  call: CallRecord;
  durationSeconds: number;
}

/**
 * Per SIP user (FACTS §1.4: `duration` = whole time incl. ringing, `conversation` = talk):
 * outgoing = calls the user dialled (outgoing and internal), the whole call; incoming = queue calls
 * the user answered (the user's leg: ring + talk) and internal calls to the user (the whole call).
 */
export function utelAgents(calls: readonly CallRecord[]): AgentStats[] {
  const dialled = new Map<string, Leg[]>();
  const received = new Map<string, Leg[]>();
  const add = (map: Map<string, Leg[]>, extension: string, leg: Leg) =>
    map.set(extension, [...(map.get(extension) ?? []), leg]);
  for (const call of calls) {
    if (call.direction !== 'incoming') {
      add(dialled, call.callerNumber, { call, durationSeconds: call.durationSec });
    }
    if (call.direction === 'internal') {
      add(received, call.calledNumber, { call, durationSeconds: call.durationSec });
    } else if (call.direction === 'incoming' && reachedPerson(call) && call.agentExtension) {
      add(received, call.agentExtension, {
        call,
        durationSeconds: call.ringSec + call.talkSec,
      });
    }
  }
  const extensions = [...new Set([...dialled.keys(), ...received.keys()])];
  return extensions
    .sort((a, b) => Number(a) - Number(b))
    .map((extension) => ({
      id: extension,
      name: null,
      extension,
      incoming: agentDirection(received.get(extension) ?? []),
      outgoing: agentDirection(dialled.get(extension) ?? []),
    }));
}

function agentDirection(legs: readonly Leg[]): AgentDirection {
  const answered = legs.filter((leg) => reachedPerson(leg.call)).length;
  return {
    calls: legs.length,
    answered,
    notAnswered: legs.length - answered,
    durationSeconds: legs.reduce((total, leg) => total + Math.round(leg.durationSeconds), 0),
    talkSeconds: sum(
      legs.map((leg) => leg.call),
      (call) => call.talkSec,
    ),
  };
}

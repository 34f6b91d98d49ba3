import type { DirectionTotals, SummaryData } from '@/lib/model/stats';
import type { TelphinCallStatWire, TelphinCallsStatsWire } from './api-types';

/**
 * One direction's `call_stat`. Each call has one result counter, and `answered` is not what a
 * wallboard means by it: FACTS §2.4 has `answered` for calls a queue/IVR took (the documented
 * example: 15 answered but 59 bridged) and `bridged` for calls connected to a person. So:
 * - answered ← `bridged`; notAnswered ← the named outcomes that never reached a person
 *   (`answered` + `not answered` + `busy` + `failed` + `rejected`), null if one is missing;
 * - busy, failed as given; durationSeconds ← `duration`, talkSeconds ← `bridged_duration`.
 * `total` is taken as given, never summed. A successful answer leaves out a direction that had no
 * calls (the vendor marks `in`/`out` optional), so an absent direction is zeros, not unknown.
 */
export function mapCallStat(stat: TelphinCallStatWire | undefined): DirectionTotals | null {
  if (!stat) return zeroTotals();
  return {
    total: stat.total ?? null,
    answered: stat.bridged ?? null,
    notAnswered: sumAll([
      stat.answered,
      stat['not answered'],
      stat.busy,
      stat.failed,
      stat.rejected,
    ]),
    busy: stat.busy ?? null,
    failed: stat.failed ?? null,
    durationSeconds: stat.duration ?? null,
    talkSeconds: stat.bridged_duration ?? null,
  };
}

function sumAll(values: (number | undefined)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

/** `calls/stats` → summary; Telphin reports incoming and outgoing only, so internal is null. */
export function mapCallsStats(wire: TelphinCallsStatsWire): SummaryData {
  return { incoming: mapCallStat(wire.in), outgoing: mapCallStat(wire.out), internal: null };
}

function zeroTotals(): DirectionTotals {
  return {
    total: 0,
    answered: 0,
    notAnswered: 0,
    busy: 0,
    failed: 0,
    durationSeconds: 0,
    talkSeconds: 0,
  };
}

/** A period that has not begun: no call can be in it, and Telphin is not asked. */
export function emptyPeriod(): SummaryData {
  return { incoming: zeroTotals(), outgoing: zeroTotals(), internal: null };
}

import type { DirectionTotals, SummaryData } from '@/lib/model/stats';
import type { TelphinCallStatWire, TelphinCallsStatsWire } from './api-types';

/**
 * One direction's `call_stat`, field by field and never by arithmetic: the counters are not a
 * partition (FACTS §2.4: bridged > answered, outcomes do not add up to total).
 * - answered ← `answered` (the vendor's own count; it includes calls a queue answered),
 * - notAnswered ← `not answered`; busy ← `busy`; failed ← `failed` (`rejected` has no slot),
 * - durationSeconds ← `duration` (answered calls), talkSeconds ← `bridged_duration` (time
 *   connected to the end subscriber, i.e. talking).
 * A counter the answer lacks is null. An absent direction is null: the vendor text marks `in` and
 * `out` optional without saying that absence means "no calls".
 */
export function mapCallStat(stat: TelphinCallStatWire | undefined): DirectionTotals | null {
  if (!stat) return null;
  return {
    total: stat.total ?? null,
    answered: stat.answered ?? null,
    notAnswered: stat['not answered'] ?? null,
    busy: stat.busy ?? null,
    failed: stat.failed ?? null,
    durationSeconds: stat.duration ?? null,
    talkSeconds: stat.bridged_duration ?? null,
  };
}

/** `calls/stats` → summary; Telphin reports incoming and outgoing only, so internal is null. */
export function mapCallsStats(wire: TelphinCallsStatsWire): SummaryData {
  return { incoming: mapCallStat(wire.in), outgoing: mapCallStat(wire.out), internal: null };
}

/** A period that has not begun: no call can be in it, and Telphin is not asked. */
export function emptyPeriod(): SummaryData {
  const none: DirectionTotals = {
    total: 0,
    answered: 0,
    notAnswered: 0,
    busy: 0,
    failed: 0,
    durationSeconds: 0,
    talkSeconds: 0,
  };
  return { incoming: { ...none }, outgoing: { ...none }, internal: null };
}

import type { CallRecord } from '../../engine/types';
import { percent, type Row } from './format';

/** Groups calls by a key, groups sorted by key (byte order, as PHP's ksort on strings). */
export function groupBy(
  calls: CallRecord[],
  key: (c: CallRecord) => string,
): Map<string, CallRecord[]> {
  const groups = new Map<string, CallRecord[]>();
  for (const c of calls) {
    const k = key(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `answered_calls_by_did`: DID, Received, % Calls (share of all answered calls in the result). */
export function answeredByDid(answered: CallRecord[]): Row[] {
  return [...groupBy(answered, (c) => c.did ?? '')].map(([did, list]) => ({
    DID: did,
    Received: String(list.length),
    '% Calls': percent(list.length, answered.length),
  }));
}

/**
 * `answered_calls_by_url`: URL, Received, % Calls. The simulated queues send agents no URL (the
 * detail rows' `url` is empty), so every answered call falls under the empty URL, as on such a PBX.
 */
export function answeredByUrl(answered: CallRecord[]): Row[] {
  return [...groupBy(answered, () => '')].map(([url, list]) => ({
    URL: url,
    Received: String(list.length),
    '% Calls': percent(list.length, answered.length),
  }));
}

/** `answered_calls_by_event`: how answered calls ended (COMPLETEAGENT, COMPLETECALLER, TRANSFER). */
export function answeredByEvent(answered: CallRecord[]): Row[] {
  return [...groupBy(answered, (c) => c.event ?? '')].map(([event, list]) => ({
    Event: event,
    Received: String(list.length),
    '% Calls': percent(list.length, answered.length),
  }));
}

/** Inclusive upper bounds of the hold-time buckets; the last bucket is open ("301+"). */
export const HOLDTIME_BOUNDS = [10, 20, 30, 40, 50, 60, 90, 120, 180, 300] as const;

export function holdtimeLabel(waitSec: number): string {
  let low = 0;
  for (const high of HOLDTIME_BOUNDS) {
    if (waitSec <= high) return `${low}-${high}`;
    low = high + 1;
  }
  return `${low}+`;
}

/** `answered_calls_by_holdtime`: every bucket in order (zeros included) once anything was answered. */
export function answeredByHoldtime(answered: CallRecord[]): Row[] {
  if (answered.length === 0) return [];
  const labels = [...HOLDTIME_BOUNDS.map(holdtimeLabel), holdtimeLabel(Infinity)];
  const counts = new Map(labels.map((l) => [l, 0]));
  for (const c of answered) {
    const label = holdtimeLabel(c.waitSec);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return labels.map((label) => {
    const n = counts.get(label) ?? 0;
    return { 'Hold Time': label, Received: String(n), '% Calls': percent(n, answered.length) };
  });
}

/** `unanswered_calls_by_queue`: per queue, the count of each unanswered queue_log event. */
export function unansweredByQueue(unanswered: CallRecord[]): Row[] {
  return [...groupBy(unanswered, (c) => c.queue ?? '')].map(([queue, list]) => {
    const count = (event: string): string => String(list.filter((c) => c.event === event).length);
    return {
      Queue: queue,
      Abandon: count('ABANDON'),
      Timeout: count('EXITWITHTIMEOUT'),
      'Exit Empty': count('EXITEMPTY'),
      'Exit Key': count('EXITWITHKEY'),
      Total: String(list.length),
      '% Calls': percent(list.length, unanswered.length),
    };
  });
}

/** `distribution_by_queue`: received calls per queue split into answered and unanswered. */
export function distributionByQueue(calls: CallRecord[]): Row[] {
  return [...groupBy(calls, (c) => c.queue ?? '')].map(([queue, list]) => {
    const answered = list.filter((c) => c.outcome === 'answered').length;
    const unanswered = list.length - answered;
    return {
      Queue: queue,
      Received: String(list.length),
      Answered: String(answered),
      '% Answered': percent(answered, list.length),
      Unanswered: String(unanswered),
      '% Unanswered': percent(unanswered, list.length),
    };
  });
}

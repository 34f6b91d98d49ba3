import type { LiveQueue } from '@/lib/model/live-queues';
import type { Engine } from '@/sim/engine/engine';

export interface BusinessDayTruth {
  /** Where "today" begins (the business-day start); local midnight when absent. */
  dayStartMs?: number;
  /** Service-level threshold per queue (seconds); 20 when absent. */
  thresholdOf?: (queue: string) => number;
}

/**
 * What `queues/live` of an Asternic source must show at `atMs`, from the engine's live picture
 * with the meanings in lib/providers/asternic/README.md: the member list decides the agent
 * counts (busy = on a call; a ringing member is neither busy nor available); today = completed
 * calls that entered since the business-day start (local midnight by default), recounted here;
 * averages are whole seconds; the longest wait is the longest current one, so
 * `today.maxWaitSeconds` is null; service level = answered with a hold time of at most the
 * queue's threshold ÷ offered (answered + unanswered), percent with two decimals, null for 0 ÷ 0.
 */
export function asternicLiveQueues(
  engine: Engine,
  atMs: number,
  day: BusinessDayTruth = {},
): LiveQueue[] {
  const live = engine.liveState(atMs);
  const dayStart = day.dayStartMs ?? engine.dayStartMs(live.dayKey);
  const thresholdOf = day.thresholdOf ?? (() => 20);
  const today = engine.callsBetween(dayStart, atMs + 1, atMs);
  const mean = (values: number[]) =>
    values.length === 0 ? 0 : Math.round(values.reduce((s, v) => s + v, 0) / values.length);

  return engine.queues.map((queue) => {
    const waiting = live.waiting
      .filter((w) => w.queue === queue.name)
      .map((w) => ({
        position: w.position,
        callerNumber: w.callerNumber === '' ? null : w.callerNumber,
        callerName: w.callerName === '' ? null : w.callerName,
        waitSeconds: w.waitSec,
      }));
    const members = live.agents.filter((a) => a.queues.some((m) => m.queue === queue.name));
    const inStatus = (status: string) => members.filter((a) => a.status === status).length;
    const calls = today.filter((c) => c.direction === 'incoming' && c.queue === queue.name);
    const answered = calls.filter((c) => c.outcome === 'answered');
    const abandoned = calls.filter((c) => c.event === 'ABANDON').length;
    const within = answered.filter((c) => c.waitSec <= thresholdOf(queue.name)).length;
    return {
      id: queue.name,
      name: queue.name,
      waiting,
      longestWaitSeconds: Math.max(0, ...waiting.map((w) => w.waitSeconds)),
      agents: {
        total: members.length,
        available: inStatus('available'),
        busy: inStatus('busy'),
        paused: inStatus('paused'),
        loggedOff: inStatus('loggedOff'),
        list: members.map((a) => ({
          name: a.name,
          status: a.status,
          paused: a.status === 'paused',
        })),
      },
      today: {
        answered: answered.length,
        unanswered: calls.length - answered.length,
        abandoned,
        // The simulator writes the rate with two decimals; the adapter reads that string.
        abandonRate: calls.length === 0 ? 0 : Number(((abandoned / calls.length) * 100).toFixed(2)),
        avgWaitSeconds: mean(answered.map((c) => c.waitSec)),
        avgTalkSeconds: mean(answered.map((c) => c.talkSec)),
        maxWaitSeconds: null,
        serviceLevel:
          calls.length === 0 ? null : Math.round((within / calls.length) * 10_000) / 100,
      },
    };
  });
}

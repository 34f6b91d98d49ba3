import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../engine/types';
import { localTimeMs } from '../../engine/zoned-time';
import { NOW, QUEUE_IDS, sec, TZ, startEnswitchHarness, type Stats } from './test-kit';

const h = startEnswitchHarness();
const data = h.data;

/** Ground truth: the queue's completed calls entering in [start, end] s, and who was rung. */
function truth(queue: string, start: number, end: number) {
  const calls = h.sim.engine
    .callsBetween(start * 1000, (end + 1) * 1000, NOW)
    .filter((c) => c.direction === 'incoming' && c.queue === queue);
  const rang = new Map<string, string>();
  for (const key of new Set(calls.map((c) => h.sim.engine.dayKeyOf(c.enterMs)))) {
    for (const agent of h.sim.engine.day(key).agents.values()) {
      for (const a of agent.activities) if (a.phase === 'ringing') rang.set(a.uniqueid, a.agentId);
    }
  }
  const ext = new Map(h.sim.engine.agents.map((a) => [a.id, a.extension] as const));
  const perMember = new Map<string, Stats>();
  const add = (s: Stats, c: CallRecord): void => {
    s.calls++;
    if (c.outcome !== 'answered') return;
    s.calls_answered++;
    s.talktime_sum += c.talkSec;
  };
  const total: Stats = { calls: 0, calls_answered: 0, talktime_sum: 0 };
  for (const c of calls) {
    add(total, c);
    const agent = c.agentId ?? rang.get(c.uniqueid);
    const dnumber = agent === undefined ? undefined : ext.get(agent);
    if (dnumber === undefined) continue;
    const s = perMember.get(dnumber) ?? { calls: 0, calls_answered: 0, talktime_sum: 0 };
    perMember.set(dnumber, s);
    add(s, c);
  }
  return { total, perMember };
}

describe('enswitch statistics', () => {
  it('per destination and per queue match a recount across midnight and a month boundary', async () => {
    const start = sec(localTimeMs('2025-10-31', 18 * 3600, TZ));
    const end = sec(localTimeMs('2025-11-01', 6 * 3600, TZ)) - 1;
    for (const [name, id] of Object.entries(QUEUE_IDS)) {
      const { total, perMember } = truth(name, start, end);
      const queue = await data<Stats>(
        'queues/statistics/get',
        `queue=${id};start=${start};end=${end}`,
      );
      expect(queue).toEqual(total);
      const rows = await data<(Stats & { dtype: string; dnumber: string })[]>(
        'queues/destinations/statistics/get',
        `queue=${id};start=${start};end=${end}`,
      );
      const expected = [...perMember.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([dnumber, s]) => ({ dtype: 'phone', dnumber, ...s }));
      expect(rows).toEqual(expected);
      const answered = rows.reduce((s, r) => s + r.calls_answered, 0);
      expect(answered).toBe(queue.calls_answered);
    }
    expect(truth('support', start, end).total.calls).toBeGreaterThan(10);
  });

  it('gives one object for a destination (zeros when never rung) and counts the end second', async () => {
    const members = await data<{ id: number; dnumber: string }[]>(
      'queues/destinations/list',
      'queue=123',
    );
    const dest = members.find((m) => m.dnumber === '102');
    const start = sec(localTimeMs('2025-11-17', 0, TZ));
    const end = sec(localTimeMs('2025-11-18', 0, TZ)) - 1;
    const one = await data<Stats>(
      'queues/destinations/statistics/get',
      `destination=${dest?.id};start=${start};end=${end}`,
    );
    expect(one).toEqual(truth('support', start, end).perMember.get('102'));
    expect(one.calls).toBeGreaterThan(0);
    const night = await data<Stats>(
      'queues/destinations/statistics/get',
      `destination=${dest?.id};start=${start};end=${start + 3600}`,
    );
    expect(night).toEqual({ calls: 0, calls_answered: 0, talktime_sum: 0 });

    const first = h.sim.engine
      .callsBetween(start * 1000, end * 1000)
      .find((c) => c.queue === 'support');
    const at = sec(first?.enterMs ?? 0);
    const edge = await data<Stats>('queues/statistics/get', `queue=123;start=${at - 10};end=${at}`);
    expect(edge).toEqual(truth('support', at - 10, at).total);
    expect(edge.calls).toBeGreaterThan(0);
  });

  it('defaults to [now - 62 days, now] and shows only ended calls', async () => {
    const all = await data<Stats>('queues/statistics/get', 'queue=127');
    const from = sec(NOW - 62 * 86_400_000);
    expect(all).toEqual(truth('700', from, sec(NOW)).total);
    const today = sec(localTimeMs('2025-11-18', 0, TZ));
    const running = h.sim.engine
      .callsBetween(today * 1000, NOW)
      .filter((c) => c.queue !== null && c.endMs > NOW);
    expect(running.length).toBeGreaterThan(0);
  });
});

import { describe, it, expect } from 'vitest';
import { manualClock, scaledClock } from './clock';
import { createEngine } from './engine';
import { localTimeMs } from './zoned-time';

const TZ = 'Asia/Tashkent';
const engine = createEngine({ seed: 42 });
const DAY = '2025-11-18';
const instants = Array.from({ length: 48 }, (_, i) => localTimeMs(DAY, i * 1800 + 17, TZ));

describe('live state', () => {
  it('reports waiting callers with consistent waits and positions', () => {
    let seenWaiting = 0;
    for (const t of instants) {
      const live = engine.liveState(t);
      const positions = new Map<string, number>();
      for (const w of live.waiting) {
        expect(w.waitSec).toBe(Math.floor((t - w.enterMs) / 1000));
        expect(w.waitSec).toBeGreaterThanOrEqual(0);
        const expected = (positions.get(w.queue) ?? 0) + 1;
        expect(w.position).toBe(expected);
        positions.set(w.queue, expected);
        const call = engine.findCall(w.uniqueid);
        expect(call && call.enterMs <= t && t < (call.connectMs ?? call.endMs)).toBe(true);
        seenWaiting += 1;
      }
    }
    expect(seenWaiting).toBeGreaterThan(0);
  });

  it('agent states add up and match the queue discipline', () => {
    const statuses = new Set<string>();
    for (const t of instants) {
      const live = engine.liveState(t);
      expect(live.agents.length).toBe(engine.agents.length);
      const ringing = new Set(live.agents.map((a) => a.uniqueid));
      for (const queue of engine.queues) {
        const stats = engine.todayStats(queue.name, t);
        if (!stats) throw new Error('no stats');
        expect(stats.loggedOff + stats.busy + stats.paused + stats.available).toBe(stats.members);
        // A caller nobody is ringing while a member sits idle would break FIFO dispatch.
        const unserved = live.waiting.filter(
          (w) => w.queue === queue.name && !ringing.has(w.uniqueid),
        );
        const idle = live.agents.filter(
          (a) => a.status === 'available' && a.queues.some((m) => m.queue === queue.name),
        );
        if (unserved.length > 0) expect(idle).toEqual([]);
      }
      for (const a of live.agents) {
        statuses.add(a.status);
        expect(a.sinceMs).toBeLessThanOrEqual(t);
        if (a.status === 'busy' || a.status === 'ringing') expect(a.uniqueid).not.toBeNull();
      }
    }
    for (const s of ['loggedOff', 'available', 'busy', 'paused'])
      expect(statuses.has(s)).toBe(true);
  });

  it('todayStats equals a recount from callsBetween and liveState', () => {
    for (const t of instants.slice(10)) {
      const dayStart = engine.dayStartMs(DAY);
      const calls = engine
        .callsBetween(dayStart, t + 1, t)
        .filter((c) => c.direction === 'incoming');
      const live = engine.liveState(t);
      for (const queue of engine.queues) {
        const mine = calls.filter((c) => c.queue === queue.name);
        const answered = mine.filter((c) => c.outcome === 'answered');
        const stats = engine.todayStats(queue.name, t);
        expect(stats?.answered).toBe(answered.length);
        expect(stats?.unanswered).toBe(mine.length - answered.length);
        expect(stats?.abandoned).toBe(mine.filter((c) => c.event === 'ABANDON').length);
        const avgWait = answered.length
          ? Math.round(answered.reduce((s, c) => s + c.waitSec, 0) / answered.length)
          : 0;
        expect(stats?.avgWaitSec).toBe(avgWait);
        const waits = live.waiting.filter((w) => w.queue === queue.name).map((w) => w.waitSec);
        expect(stats?.waiting).toBe(waits.length);
        expect(stats?.maxWaitNowSec).toBe(Math.max(0, ...waits));
      }
    }
  });

  it('does not show calls that end after now', () => {
    const t = localTimeMs(DAY, 11 * 3600, TZ);
    const visible = engine.callsBetween(engine.dayStartMs(DAY), t + 1, t);
    const all = engine.day(DAY).calls.filter((c) => c.enterMs <= t);
    expect(visible.length).toBeLessThan(all.length);
    expect(visible.every((c) => c.endMs <= t)).toBe(true);
  });
});

describe('clocks', () => {
  it('manual clock moves only when told', () => {
    const clock = manualClock(1000);
    clock.advance(500);
    expect(clock.now()).toBe(1500);
    clock.set(10);
    expect(clock.now()).toBe(10);
  });

  it('scaled clock runs faster than real time', async () => {
    const clock = scaledClock(60, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(clock.now()).toBeGreaterThanOrEqual(60 * 45);
    expect(() => scaledClock(0)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import { AGENTS, BASE_DAILY_INCOMING, centerShape, QUEUES, SHIFT_HOURS } from './roster';

const day = '2026-03-04'; // a Wednesday

describe('center shapes', () => {
  it('picks agents evenly through the roster: every shift pattern and queue keeps people', () => {
    for (const count of [6, 10, 14, 18]) {
      const { agents, dailyIncoming } = centerShape(count, 0.5);
      // One more at most for each queue the even pick left without a member.
      expect(agents.length).toBeGreaterThanOrEqual(count);
      expect(agents.length).toBeLessThanOrEqual(count + 2);
      expect(dailyIncoming).toBe(BASE_DAILY_INCOMING * 0.5);
      const patterns = new Set(agents.map((a) => a.pattern));
      for (const pattern of Object.keys(SHIFT_HOURS)) {
        if (count >= 10) expect(patterns, `${count}: ${pattern}`).toContain(pattern);
      }
      for (const queue of QUEUES) {
        expect(
          agents.some((a) => a.queues.some((m) => m.queue === queue.name)),
          `${count}: ${queue.name}`,
        ).toBe(true);
      }
    }
    expect(centerShape(24, 1).agents).toEqual(AGENTS);
  });

  it('leaves the default engine exactly as it was', () => {
    const plain = createEngine({ seed: 42, timeZone: 'Asia/Tashkent' }).day(day);
    const explicit = createEngine({ seed: 42, timeZone: 'Asia/Tashkent', agents: 24, volume: 1 });
    expect(explicit.day(day).calls).toEqual(plain.calls);
  });

  it('a smaller center has fewer agents and fewer calls', () => {
    const full = createEngine({ seed: 42, timeZone: 'UTC' });
    const small = createEngine({ seed: 42, timeZone: 'UTC', agents: 8, volume: 0.4 });
    expect(small.agents).toHaveLength(9); // eight picked evenly, one more so queue 700 has a member
    const noon = Date.parse(`${day}T12:00:00Z`);
    expect(small.liveState(noon).agents).toHaveLength(9);
    const incoming = (e: typeof full) =>
      e.day(day).calls.filter((c) => c.direction === 'incoming').length;
    const ratio = incoming(small) / incoming(full);
    expect(ratio).toBeGreaterThan(0.3);
    expect(ratio).toBeLessThan(0.5);
    const agentIds = new Set(small.agents.map((a) => a.id));
    for (const call of small.day(day).calls) {
      if (call.agentId) expect(agentIds).toContain(call.agentId);
    }
  });
});

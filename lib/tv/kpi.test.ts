import { describe, expect, it } from 'vitest';
import type { LiveQueue } from '@/lib/model/live-queues';
import { kpiValue } from './kpi';

function queue(
  id: string,
  over: Partial<LiveQueue['today']>,
  waiting = 0,
  longest: number | null = 0,
): LiveQueue {
  return {
    id,
    name: id,
    waiting: Array.from({ length: waiting }, (_, i) => ({
      position: i + 1,
      callerNumber: null,
      callerName: null,
      waitSeconds: 10,
    })),
    longestWaitSeconds: longest,
    agents: { total: 3, available: 1, busy: 1, paused: 1, loggedOff: 0, list: [] },
    today: {
      answered: 0,
      unanswered: 0,
      abandoned: 0,
      abandonRate: 0,
      avgWaitSeconds: 0,
      avgTalkSeconds: 0,
      maxWaitSeconds: 0,
      serviceLevel: 0,
      ...over,
    },
  };
}

describe('kpiValue', () => {
  const a = queue('a', { answered: 30, unanswered: 10, serviceLevel: 90 }, 2, 40);
  const b = queue('b', { answered: 10, unanswered: 0, serviceLevel: 50 }, 3, 95);

  it('reads one queue', () => {
    expect(kpiValue([a, b], 'waiting', 'b')).toBe(3);
    expect(kpiValue([a, b], 'serviceLevel', 'a')).toBe(90);
    expect(kpiValue([a, b], 'waiting', 'nope')).toBeNull();
  });

  it('adds counts, takes the longest wait, weights rates by calls offered', () => {
    expect(kpiValue([a, b], 'waiting')).toBe(5);
    expect(kpiValue([a, b], 'available')).toBe(2);
    expect(kpiValue([a, b], 'longestWaitSeconds')).toBe(95);
    expect(kpiValue([a, b], 'serviceLevel')).toBe((90 * 40 + 50 * 10) / 50);
  });

  it('is unknown when any queue cannot tell', () => {
    const c = queue('c', { serviceLevel: null }, 0, null);
    expect(kpiValue([a, c], 'serviceLevel')).toBeNull();
    expect(kpiValue([a, c], 'longestWaitSeconds')).toBeNull();
    expect(kpiValue([], 'waiting')).toBeNull();
  });
});

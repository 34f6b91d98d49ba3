import { describe, expect, it } from 'vitest';
import type { LiveQueue } from '@/lib/model/live-queues';
import type { AsternicCell } from './report-cells';
import { queueDayFigures, withQueueDays } from './queue-day';
import type { WindowCells } from './report-stats';
import { DateTime } from 'luxon';

const cell = (queue: string | null, fields: Partial<AsternicCell>): AsternicCell => ({
  hourMs: 0,
  agent: null,
  did: '',
  calls: 1,
  talkSeconds: 0,
  durationSeconds: 0,
  queue,
  waitSeconds: 0,
  withinThreshold: 0,
  abandoned: 0,
  ...fields,
});

const window = { zone: 'UTC', from: DateTime.fromMillis(0), to: DateTime.fromMillis(1) };

function queue(id: string): LiveQueue {
  return {
    id,
    name: id,
    waiting: [],
    longestWaitSeconds: 0,
    agents: { total: 0, available: 0, busy: 0, paused: 0, loggedOff: 0, list: [] },
    today: {
      answered: 7,
      unanswered: 1,
      abandoned: 1,
      abandonRate: 12.5,
      avgWaitSeconds: 4,
      avgTalkSeconds: 60,
      maxWaitSeconds: null,
      serviceLevel: null,
    },
  };
}

const windows: WindowCells[] = [
  {
    window,
    answered: [
      cell('a', { calls: 2, waitSeconds: 25, talkSeconds: 100, withinThreshold: 1 }),
      cell('a', { calls: 1, waitSeconds: 5, talkSeconds: 51, withinThreshold: 1 }),
      cell(null, { calls: 4, withinThreshold: 4 }),
    ],
    unanswered: [cell('a', { calls: 2, abandoned: 1 }), cell('b', { calls: 1, abandoned: 1 })],
  },
];

describe('queue day figures', () => {
  it('gives service level = answered within T ÷ offered, per queue', () => {
    const days = queueDayFigures(windows);
    // Rows that name no queue belong to none.
    expect([...days.keys()].sort()).toEqual(['a', 'b']);
    const [a, b, c] = withQueueDays([queue('a'), queue('b'), queue('c')], days, false);
    // a: 2 of 5 offered were answered in time; the vendor's other figures stay.
    expect(a?.today).toEqual({ ...queue('a').today, serviceLevel: 40 });
    // b: one caller, who gave up: 0 %; c: nothing offered, 0 ÷ 0 is unknown, not 0 or 100.
    expect(b?.today.serviceLevel).toBe(0);
    expect(c?.today.serviceLevel).toBeNull();
  });

  it('replaces every today figure by the recount when the day does not start at midnight', () => {
    const [a, c] = withQueueDays([queue('a'), queue('c')], queueDayFigures(windows), true);
    expect(a?.today).toEqual({
      answered: 3,
      unanswered: 2,
      abandoned: 1,
      abandonRate: 20,
      avgWaitSeconds: 10,
      avgTalkSeconds: 50,
      maxWaitSeconds: null,
      serviceLevel: 40,
    });
    expect(c?.today).toMatchObject({
      answered: 0,
      unanswered: 0,
      abandonRate: 0,
      serviceLevel: null,
    });
  });

  it('leaves figures unknown when the rows could not be read', () => {
    const [kept] = withQueueDays([queue('a')], null, false);
    expect(kept?.today).toEqual(queue('a').today);
    const [replaced] = withQueueDays([queue('a')], null, true);
    expect(Object.values(replaced?.today ?? {}).every((value) => value === null)).toBe(true);
  });
});

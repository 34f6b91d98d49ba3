import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as liveRoute } from '@/app/api/v1/sources/[id]/queues/live/route';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { callRoute, installAppContext, uninstallAppContext } from '../support/app-under-test';
import { liveQueueTruth } from './enswitch-truth';
import { localIso } from './telecomx-support';

/**
 * Enswitch live queues against `engine.liveState(now)` at the simulator's fixed clock.
 *
 * The app computes a caller's wait as its own clock minus the `queue_start` the switch reports,
 * and "today" from local midnight by its own clock. With the simulator's clock frozen in the past
 * that would compare two different instants, so the app's `Date` is set to the very instant the
 * simulator shows (only `Date` is faked: timers, fetch and sockets run for real). Then waits,
 * today's figures and `fetchedAt` can be compared exactly.
 */

interface Case {
  id: string;
  zone: string;
  queues: number[];
  /**
   * A Tuesday's morning peak (09:57 local, engine days follow the local clock): six callers wait
   * in three queues, members are in both states. The .6 s checks that waits are whole seconds.
   */
  nowMs: number;
  /** A Sunday morning of a change day is quiet: fewer callers wait. */
  minWaiting?: number;
  /** The source's `businessDayStart`, and the instant it must put "today"'s start at. */
  businessDay?: { start: string; fromMs: number };
  sim?: RunningSimulator;
}

const cases: Case[] = [
  {
    id: 'ens-tash',
    zone: 'Asia/Tashkent',
    queues: [123, 124, 125, 126, 127],
    nowMs: Date.parse('2026-03-24T09:57:00.600+05:00'),
  },
  {
    id: 'ens-utc',
    zone: 'UTC',
    queues: [123, 125, 127],
    nowMs: Date.parse('2026-03-24T09:57:00.600Z'),
  },
  // Summer time: "today" began at 00:00+01:00 of a 23-hour day and at 00:00+02:00 of a 25-hour day.
  {
    id: 'ens-cph-spring',
    zone: 'Europe/Copenhagen',
    queues: [123, 124, 125, 126, 127],
    nowMs: Date.parse('2026-03-29T11:57:00.600+02:00'),
    minWaiting: 0,
  },
  {
    id: 'ens-cph-autumn',
    zone: 'Europe/Copenhagen',
    queues: [123, 124, 125, 126, 127],
    nowMs: Date.parse('2026-10-25T11:57:00.600+01:00'),
    minWaiting: 0,
  },
  // A business day from 09:00 on the 25-hour day: 09:00+01:00, which is 25 hours after the
  // day before's 09:00+02:00, not 24 (a fixed day would start an hour early).
  {
    id: 'ens-cph-autumn-9am',
    zone: 'Europe/Copenhagen',
    queues: [123, 124, 125, 126, 127],
    nowMs: Date.parse('2026-10-25T11:57:00.600+01:00'),
    minWaiting: 0,
    businessDay: { start: '09:00', fromMs: Date.parse('2026-10-25T09:00:00+01:00') },
  },
];

let app: AppContext;

beforeAll(async () => {
  let yaml = '';
  for (const c of cases) {
    c.sim = await startSimulator({ port: 0, timeZone: c.zone, clock: manualClock(c.nowMs) });
    yaml += `
  - id: ${c.id}
    kind: enswitch
    baseUrl: ${c.sim.url}/enswitch
    timezone: ${c.zone}
    username: callboard
    password: enswitch-demo
    queues: [${c.queues.join(', ')}]${c.businessDay ? `\n    businessDayStart: '${c.businessDay.start}'` : ''}`;
  }
  // Before the app is built: its clocks keep the `Date.now` they find at construction.
  vi.useFakeTimers({ toFake: ['Date'] });
  app = installAppContext(yaml);
});

afterAll(async () => {
  vi.useRealTimers();
  uninstallAppContext(app);
  await Promise.all(cases.map((c) => c.sim?.close()));
});

describe.each(cases)('Enswitch live queues of $id ($zone)', (c) => {
  it('equal the simulator’s live state at its clock', async () => {
    const sim = c.sim;
    if (!sim) throw new Error('simulator not started');
    vi.setSystemTime(c.nowMs);
    const result = await callRoute(liveRoute, `/api/v1/sources/${c.id}/queues/live`, { id: c.id });
    expect(result.status).toBe(200);
    const body = LiveQueuesResponse.parse(result.body);
    expect(body.source).toBe(c.id);
    expect(body.stale).toBe(false);
    expect(body.fetchedAt?.replace(/Z$/, '+00:00')).toBe(
      localIso(DateTime.fromMillis(c.nowMs), c.zone),
    );
    const midnight =
      c.businessDay?.fromMs ??
      DateTime.fromMillis(c.nowMs, { zone: c.zone }).startOf('day').toMillis();
    const truth = c.queues.map((queue) => liveQueueTruth(sim.engine, queue, c.nowMs, midnight));
    expect(body.queues).toEqual(truth);
    // Not a vacuous comparison: somebody waits, and members are in both states.
    expect(truth.flatMap((queue) => queue.waiting).length).toBeGreaterThanOrEqual(
      c.minWaiting ?? 3,
    );
    // "Today" from any other instant than local midnight (an hour off, as a fixed 24-hour day
    // would be on a change day) would count other calls.
    for (const offBy of [-3_600_000, 3_600_000]) {
      const wrong = c.queues.map((queue) =>
        liveQueueTruth(sim.engine, queue, c.nowMs, midnight + offBy),
      );
      expect(wrong.map((queue) => queue.today)).not.toEqual(truth.map((queue) => queue.today));
    }
    expect(truth.some((queue) => (queue.agents.available ?? 0) > 0)).toBe(true);
    expect(truth.some((queue) => (queue.agents.loggedOff ?? 0) > 0)).toBe(true);
  });
});

import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as liveRoute } from '@/app/api/v1/sources/[id]/queues/live/route';
import { LiveQueuesResponse, type LiveQueue } from '@/lib/model/live-queues';
import { callRoute } from '../support/app-under-test';
import {
  asternicBusinessDaySourceIds,
  asternicNowMs,
  asternicSourceIds,
  businessDayStart,
  salesServiceLevelSeconds,
  startAsternicFixture,
  type AsternicFixture,
} from './asternic-support';
import { asternicLiveQueues } from './asternic-live-truth';
import { contractZones, expectApiError, type ContractZone } from './truth-helpers';

let fixture: AsternicFixture;

beforeAll(async () => {
  // Before the app is built: its clocks keep the `Date.now` they find at construction. The app's
  // "today" (service level, business day) must be the frozen simulator's.
  vi.useFakeTimers({ toFake: ['Date'] });
  fixture = await startAsternicFixture();
});

afterAll(async () => {
  vi.useRealTimers();
  await fixture.close();
});

/** Queues by id and members by name: neither order is part of the contract. */
function ordered(queues: readonly LiveQueue[]): LiveQueue[] {
  return [...queues]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((q) => ({
      ...q,
      agents: {
        ...q.agents,
        list: [...q.agents.list].sort((a, b) => a.name.localeCompare(b.name)),
      },
    }));
}

async function readLive(zone: ContractZone, id = asternicSourceIds[zone]) {
  vi.setSystemTime(asternicNowMs(zone));
  const result = await callRoute(liveRoute, `/api/v1/sources/${id}/queues/live`, { id });
  expect(result.status).toBe(200);
  return LiveQueuesResponse.parse(result.body);
}

describe.each(contractZones)('Asternic live queues in %s', (zone) => {
  it('equal the simulator’s live picture at its frozen clock', async () => {
    const live = await readLive(zone);
    expect(live.source).toBe(asternicSourceIds[zone]);
    expect(live.stale).toBe(false);
    expect(live.fetchedAt).not.toBeNull();
    const truth = asternicLiveQueues(fixture.sim(zone).engine, asternicNowMs(zone));
    // The frozen instant was picked so that the comparison is not one of empty queues.
    expect(truth.flatMap((q) => q.waiting).length).toBeGreaterThan(1);
    expect(truth.flatMap((q) => q.agents.list).some((a) => a.status === 'ringing')).toBe(true);
    expect(ordered(live.queues)).toEqual(ordered(truth));
    // Service level is a real figure here: some queue answered some calls late, some in time.
    const levels = truth.map((q) => q.today.serviceLevel);
    expect(levels.some((level) => level !== null && level > 0 && level < 100)).toBe(true);
  });

  it('count today from the business-day start, with per-queue service-level thresholds', async () => {
    const id = asternicBusinessDaySourceIds[zone];
    const live = await readLive(zone, id);
    const atMs = asternicNowMs(zone);
    const [hour, minute] = businessDayStart.split(':').map(Number);
    const dayStartMs = +DateTime.fromMillis(atMs, { zone }).set({ hour, minute, second: 0 });
    const thresholdOf = (queue: string) => (queue === 'sales' ? salesServiceLevelSeconds : 20);
    const truth = asternicLiveQueues(fixture.sim(zone).engine, atMs, { dayStartMs, thresholdOf });
    expect(ordered(live.queues)).toEqual(ordered(truth));
    // Not what midnight or the source's own threshold would give.
    const fromMidnight = asternicLiveQueues(fixture.sim(zone).engine, atMs, { thresholdOf });
    const sales = (queues: readonly LiveQueue[]) => queues.find((q) => q.id === 'sales')?.today;
    expect(sales(fromMidnight)?.answered).not.toBe(sales(truth)?.answered);
    const at20 = asternicLiveQueues(fixture.sim(zone).engine, atMs, { dayStartMs });
    expect(sales(at20)?.serviceLevel).not.toBe(sales(truth)?.serviceLevel);
  });

  it('agree with the simulator’s own today counters', async () => {
    const live = await readLive(zone);
    const { engine } = fixture.sim(zone);
    const atMs = asternicNowMs(zone);
    const state = engine.liveState(atMs);
    for (const queue of live.queues) {
      const stats = engine.todayStats(queue.id, atMs);
      if (!stats) throw new Error(`the simulator has no queue ${queue.id}`);
      expect(queue.today).toMatchObject({
        answered: stats.answered,
        unanswered: stats.unanswered,
        abandoned: stats.abandoned,
        avgWaitSeconds: stats.avgWaitSec,
        avgTalkSeconds: stats.avgTalkSec,
      });
      expect(queue.waiting.length).toBe(stats.waiting);
      expect(queue.longestWaitSeconds).toBe(stats.maxWaitNowSec);
      expect(queue.agents).toMatchObject({
        total: stats.members,
        available: stats.available,
        paused: stats.paused,
        loggedOff: stats.loggedOff,
      });
      // The realtime summary's `Busy` counts ringing members too; the member list, which the
      // adapter prefers, shows them as `ringing`, so the normalized busy leaves them out.
      const ringing = state.agents.filter(
        (a) => a.status === 'ringing' && a.queues.some((m) => m.queue === queue.id),
      ).length;
      expect(queue.agents.busy).toBe(stats.busy - ringing);
    }
  });
});

it('an unknown source is 404', async () => {
  expectApiError(
    await callRoute(liveRoute, '/api/v1/sources/nope/queues/live', { id: 'nope' }),
    404,
    'not_found',
  );
});

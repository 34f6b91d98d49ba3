import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as liveRoute } from '@/app/api/v1/sources/[id]/queues/live/route';
import { LiveQueuesResponse, type LiveQueue } from '@/lib/model/live-queues';
import { callRoute } from '../support/app-under-test';
import {
  asternicNowMs,
  asternicSourceIds,
  startAsternicFixture,
  type AsternicFixture,
} from './asternic-support';
import { asternicLiveQueues } from './asternic-live-truth';
import { contractZones, expectApiError, type ContractZone } from './truth-helpers';

let fixture: AsternicFixture;

beforeAll(async () => {
  fixture = await startAsternicFixture();
});

afterAll(async () => {
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

async function readLive(zone: ContractZone) {
  const id = asternicSourceIds[zone];
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

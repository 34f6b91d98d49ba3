import { capabilitiesOf } from '@/lib/providers/provider';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, serve } from '@/lib/testing/test-http-server';
import { createAsternicProvider } from './provider';
import { readFixture } from '@/lib/testing/fixtures';

afterEach(closeServers);

/** Answers `entity=realtime` with the malformed vendor example and `entity=queues` with its list. */
async function start(): Promise<{ baseUrl: string; entities: string[] }> {
  const entities: string[] = [];
  const { root } = await serve((request, res) => {
    const entity = request.query.get('entity') ?? '';
    entities.push(entity);
    const file = entity === 'realtime' ? 'realtime-vendor-malformed.txt' : 'queues.json';
    res.end(readFixture('asternic', file));
  });
  return { baseUrl: `${root}/stats`, entities };
}

describe('createAsternicProvider', () => {
  it('serves live queues from realtime and checks health with the queue list', async () => {
    const { baseUrl, entities } = await start();
    const provider = createAsternicProvider({
      id: 'pbx',
      kind: 'asternic',
      name: 'PBX',
      baseUrl,
      username: 'u',
      password: 'p',
      timezone: 'UTC',
      refreshSeconds: 5,
      serviceLevelSeconds: 20,
      queueServiceLevelSeconds: {},
      businessDayStart: '00:00',
    });
    expect(capabilitiesOf(provider).liveQueues).toBe(true);
    const queues = await provider.fetchLiveQueues?.({ timeoutMs: 1000 });
    expect(queues?.map((queue) => queue.id)).toEqual([
      '100',
      '101',
      '102',
      '103',
      'OUTBOUND',
      'Test',
      'saliente',
    ]);
    expect(provider.quirkCounts()).toEqual({
      'lenient-json': 0,
      'glued-objects': 1,
      'unknown-entries': 0,
    });
    await provider.checkHealth({ timeoutMs: 1000 });
    expect(entities).toEqual(['realtime', 'queues']);
  });
});

import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, capabilitiesOf, type StatsContext } from '@/lib/providers/provider';
import { InvalidQueryError } from '@/lib/providers/provider';
import { closeServers, serve } from '@/lib/testing/test-http-server';
import { plainStatsContext } from '@/lib/testing/stats-context';
import { createEnswitchProvider } from './provider';
import { readFixture } from '@/lib/testing/fixtures';

afterEach(closeServers);

const zone = 'Asia/Tashkent';
const nowMs = 1768300100_000; // 2026-01-13 15:28:20 in Tashkent
const midnight = DateTime.fromISO('2026-01-13T00:00', { zone }).toSeconds();

function fixture(name: string): string {
  return readFixture('enswitch', name);
}

const empty = '{"responses":[{"code":"200","key":"","message":"OK"}],"data":[]}';

/** Answers queue 123 from the fixtures, queue 124's statistics too, and nothing else. */
async function start() {
  const requests: Record<string, string>[] = [];
  const { root } = await serve((request, res) => {
    const [path = '', query = ''] = request.url.split('?');
    const params = Object.fromEntries(new URLSearchParams(query));
    const fn = path.replace(/^\/api\/json\//, '').replace(/\/$/, '');
    requests.push({ fn, ...params });
    const queue = params.queue ?? '';
    const files: Record<string, string> = {
      'queues/destinations/statistics/get': `statistics-queue-${queue}.json`,
      'queues/active/list': `active-list-${queue}.json`,
      'queues/destinations/list': `destinations-list-${queue}.json`,
    };
    const file = files[fn];
    try {
      res.end(file ? fixture(file) : empty);
    } catch {
      res.end(empty);
    }
  });
  const provider = createEnswitchProvider(
    {
      id: 'switch',
      kind: 'enswitch',
      name: 'Switch',
      baseUrl: root,
      username: 'wallboard',
      password: 'secret',
      queues: [123, 124],
      timezone: zone,
      refreshSeconds: 10,
      serviceLevelSeconds: 20,
      queueServiceLevelSeconds: {},
      businessDayStart: '00:00',
    },
    { now: () => nowMs },
  );
  return { provider, requests };
}

function recordingContext() {
  const cached: [string, number][] = [];
  let limited = 0;
  const context: StatsContext = plainStatsContext({
    cached(key, periodEndMs, load) {
      cached.push([key, periodEndMs]);
      return load();
    },
    limit(load) {
      limited += 1;
      return load();
    },
  });
  return { context, cached, limited: () => limited };
}

const range = {
  from: DateTime.fromISO('2026-01-12', { zone }),
  to: DateTime.fromISO('2026-01-13', { zone }),
  zone,
};

describe('createEnswitchProvider', () => {
  it('declares what the queue functions can give', async () => {
    const { provider } = await start();
    expect(capabilitiesOf(provider)).toEqual({
      summary: true,
      series: [],
      agents: true,
      externalNumbers: false,
      liveQueues: true,
      filters: ['queue'],
    });
    expect(provider.fetchSeries).toBeUndefined();
  });

  it('asks per configured queue in Unix seconds, cached and limited, and merges members', async () => {
    const { provider, requests } = await start();
    const recording = recordingContext();
    const agents = await provider.fetchAgents?.({ range }, recording.context);
    // `end` is the last second inside the half-open range: the switch reads it inclusively.
    const [from, to] = [String(range.from.toSeconds()), String(range.to.toSeconds() - 1)];
    expect(requests.map(({ fn, queue, start: begin, end }) => [fn, queue, begin, end])).toEqual([
      ['queues/destinations/statistics/get', '123', from, to],
      ['queues/destinations/statistics/get', '124', from, to],
    ]);
    expect(recording.limited()).toBe(2);
    expect(recording.cached).toEqual([
      [
        cacheKey('enswitch', 'destination statistics', 123, Number(from), Number(to)),
        range.to.toMillis(),
      ],
      [
        cacheKey('enswitch', 'destination statistics', 124, Number(from), Number(to)),
        range.to.toMillis(),
      ],
    ]);
    expect(agents?.map((agent) => [agent.id, agent.incoming?.calls])).toEqual([
      ['phone:101', 20],
      ['phone:102', 12],
      ['sipuri:agent3@pbx.example.com', 3],
      ['peer:2001', 4],
    ]);
  });

  it('filters by a configured queue and refuses any other', async () => {
    const { provider, requests } = await start();
    const summary = await provider.fetchSummary?.({ range, queue: '123' }, plainStatsContext());
    expect(summary?.incoming).toMatchObject({ total: null, answered: 21, talkSeconds: 2160 });
    expect(requests.map((request) => request.queue)).toEqual(['123']);
    const refused = await provider
      .fetchSummary?.({ range, queue: '999' }, plainStatsContext())
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refused).toBeInstanceOf(InvalidQueryError);
    expect((refused as InvalidQueryError).message).toBe(
      'queue must be one of the configured queues (123, 124), not "999"',
    );
    expect(requests).toHaveLength(1);
  });

  it('builds live queues from calls waiting, members and statistics since local midnight', async () => {
    const { provider, requests } = await start();
    const queues = await provider.fetchLiveQueues?.({ timeoutMs: 1000 });
    expect(
      queues?.map((queue) => [
        queue.id,
        queue.waiting.length,
        queue.agents.total,
        queue.today.answered,
      ]),
    ).toEqual([
      ['123', 2, 3, 21],
      ['124', 0, 0, 8],
    ]);
    expect(queues?.[0]?.longestWaitSeconds).toBe(88);
    const stats = requests.filter((request) => request.fn === 'queues/destinations/statistics/get');
    expect(stats.map((request) => [request.queue, request.start, request.end])).toEqual([
      ['123', String(midnight), String(nowMs / 1000)],
      ['124', String(midnight), String(nowMs / 1000)],
    ]);
    expect(
      requests.filter((request) => request.fn === 'queues/active/list').map((r) => r.answered),
    ).toEqual(['0', '0']);
    expect(requests).toHaveLength(6);
  });

  it('checks health with the first queue’s member list', async () => {
    const { provider, requests } = await start();
    await provider.checkHealth({ timeoutMs: 1000 });
    expect(requests.map((request) => [request.fn, request.queue])).toEqual([
      ['queues/destinations/list', '123'],
    ]);
  });
});

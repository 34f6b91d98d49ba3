import { DateTime } from 'luxon';
import { capabilitiesOf } from '@/lib/providers/provider';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatsQuery } from '@/lib/providers/provider';
import { closeServers } from '@/lib/testing/test-http-server';
import { plainStatsContext } from '@/lib/testing/stats-context';
import { parseRange } from '@/lib/time/range';
import { startFakeAsternic, type FakeAnswer } from '@/lib/testing/fake-asternic';
import { createAsternicProvider } from './provider';
import { readFixture } from '@/lib/testing/fixtures';

afterEach(closeServers);

function fixture(name: string): FakeAnswer {
  return { raw: JSON.parse(readFixture('asternic', name)) };
}

/** 2016-08-01 holds the vendor answered example and the hand-made unanswered one; other days none. */
const byDay: Record<string, FakeAnswer> = {
  'answered_calls_detail 2016-08-01': fixture('answered-calls-detail.json'),
  'unanswered_calls_detail 2016-08-01': fixture('unanswered-calls-detail.json'),
};

async function setup(timezone: string, nowIso = '2030-01-01T00:00:00Z') {
  const fake = await startFakeAsternic(
    (report, params) => byDay[`${report} ${params.get('start')}`] ?? fixture('report-empty.json'),
  );
  const nowMs = DateTime.fromISO(nowIso, { zone: timezone }).toMillis();
  const provider = createAsternicProvider(
    {
      id: 'pbx',
      kind: 'asternic',
      name: 'PBX',
      baseUrl: fake.baseUrl,
      username: 'u',
      password: 'p',
      timezone,
      refreshSeconds: 5,
      serviceLevelSeconds: 20,
      queueServiceLevelSeconds: {},
      businessDayStart: '00:00',
    },
    { now: () => nowMs },
  );
  return { provider, requests: fake.requests, context: countingCache(nowMs) };
}

/** Like the server's period cache: a closed period is kept for good, an open one not at all. */
function countingCache(nowMs: number) {
  const store = new Map<string, unknown>();
  return plainStatsContext({
    async cached<T>(key: string, periodEndMs: number, load: () => Promise<T>): Promise<T> {
      if (store.has(key)) return store.get(key) as T;
      const value = await load();
      if (periodEndMs <= nowMs) store.set(key, value);
      return value;
    },
  });
}

function query(from: string, to: string, zone: string, filters = {}): StatsQuery {
  const result = parseRange(from, to, zone);
  if (!result.ok) throw new Error(result.message);
  return { range: result.range, ...filters };
}

const sent = (requests: URLSearchParams[]) =>
  requests
    .map((params) => Object.fromEntries(params))
    .sort(
      (a, b) =>
        (a.entity ?? '').localeCompare(b.entity ?? '') ||
        (a.start ?? '').localeCompare(b.start ?? ''),
    );

describe('asternic statistics from reports', () => {
  it('fetches both detail reports per local day and maps the vendor example', async () => {
    const zone = 'Asia/Tashkent';
    const { provider, requests, context } = await setup(zone);
    const q = query('2016-08-01T09:30', '2016-08-02T10:00', zone);
    expect(await provider.fetchSummary?.(q, context)).toEqual({
      incoming: {
        total: 5,
        answered: 3,
        notAnswered: 2,
        busy: null,
        failed: null,
        durationSeconds: null,
        talkSeconds: null,
      },
      outgoing: null,
      internal: null,
    });
    const page = { page: '1', rows: '5000' };
    expect(sent(requests)).toEqual([
      {
        entity: 'reports/answered_calls_detail',
        start: '2016-08-01',
        end: '2016-08-01',
        secondsstart: '34200',
        ...page,
      },
      {
        entity: 'reports/answered_calls_detail',
        start: '2016-08-02',
        end: '2016-08-02',
        secondsend: '35999',
        ...page,
      },
      {
        entity: 'reports/unanswered_calls_detail',
        start: '2016-08-01',
        end: '2016-08-01',
        secondsstart: '34200',
        ...page,
      },
      {
        entity: 'reports/unanswered_calls_detail',
        start: '2016-08-02',
        end: '2016-08-02',
        secondsend: '35999',
        ...page,
      },
    ]);
  });

  it('never fetches a closed day twice: summary, series, agents and DIDs share the answers', async () => {
    const zone = 'Asia/Tashkent';
    const { provider, requests, context } = await setup(zone);
    const q = query('2016-08-01T09:30', '2016-08-02T10:00', zone);
    await provider.fetchSummary?.(q, context);
    expect(requests).toHaveLength(4);
    await provider.fetchSummary?.(q, context);
    const series = await provider.fetchSeries?.('day', q, context);
    await provider.fetchAgents?.(q, context);
    await provider.fetchExternalNumbers?.(q, context);
    expect(requests).toHaveLength(4);
    expect(series?.map((point) => [point.start, point.incoming])).toEqual([
      ['2016-08-01T00:00:00+05:00', { total: 5, notAnswered: 2 }],
      ['2016-08-02T00:00:00+05:00', { total: 0, notAnswered: 0 }],
    ]);
  });

  it('refetches only the day that is still open', async () => {
    const zone = 'Asia/Tashkent';
    const { provider, requests, context } = await setup(zone, '2016-08-02T12:00:00');
    const q = query('2016-08-01', '2016-08-02', zone);
    await provider.fetchSummary?.(q, context);
    await provider.fetchSummary?.(q, context);
    expect(requests.map((params) => params.get('start'))).toEqual([
      '2016-08-01',
      '2016-08-01',
      '2016-08-02',
      '2016-08-02',
      '2016-08-02',
      '2016-08-02',
    ]);
  });

  it('asks for a closed whole month once', async () => {
    const zone = 'Asia/Tashkent';
    const { provider, requests, context } = await setup(zone, '2016-09-10T12:00:00');
    const series = await provider.fetchSeries?.(
      'day',
      query('2016-08-01', '2016-08-31', zone),
      context,
    );
    expect(series).toHaveLength(31);
    expect(series?.[0]?.incoming).toEqual({ total: 5, notAnswered: 2 });
    expect(requests.map((params) => [params.get('start'), params.get('end')])).toEqual([
      ['2016-08-01', '2016-08-31'],
      ['2016-08-01', '2016-08-31'],
    ]);
  });

  it('reads the same naive rows in a UTC source as UTC hours', async () => {
    const { provider, context } = await setup('UTC');
    const series = await provider.fetchSeries?.(
      'hour',
      query('2016-08-01T10:00', '2016-08-01T12:00', 'UTC'),
      context,
    );
    expect(series?.map((point) => [point.start, point.incoming])).toEqual([
      ['2016-08-01T10:00:00+00:00', { total: 3, notAnswered: 1 }],
      ['2016-08-01T11:00:00+00:00', { total: 2, notAnswered: 1 }],
    ]);
  });

  it('passes queue and agent to the reports; an agent filter skips unanswered calls', async () => {
    const zone = 'Asia/Tashkent';
    const { provider, requests, context } = await setup(zone);
    const q = query('2016-08-01', '2016-08-01', zone, { queue: '2002', agent: 'Travis Spencer' });
    expect((await provider.fetchSummary?.(q, context))?.incoming).toEqual({
      total: 2,
      answered: 2,
      notAnswered: null,
      busy: null,
      failed: null,
      durationSeconds: 180,
      talkSeconds: 157,
    });
    expect(sent(requests)).toEqual([
      {
        entity: 'reports/answered_calls_detail',
        start: '2016-08-01',
        end: '2016-08-01',
        queue: '2002',
        agent: 'Travis Spencer',
        page: '1',
        rows: '5000',
      },
    ]);
  });

  it('declares what the reports can give', async () => {
    const { provider } = await setup('UTC');
    expect(capabilitiesOf(provider)).toEqual({
      summary: true,
      series: ['hour', 'day', 'month'],
      agents: true,
      externalNumbers: true,
      liveQueues: true,
      filters: ['queue', 'agent', 'externalNumber'],
    });
  });
});

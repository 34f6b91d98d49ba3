import { DateTime } from 'luxon';
import { capabilitiesOf } from '@/lib/providers/provider';
import { afterEach, describe, expect, it } from 'vitest';
import { plainStatsContext } from '@/lib/testing/stats-context';
import type { StatsQuery } from '@/lib/providers/provider';
import { closeServers, send, serve } from '@/lib/testing/test-http-server';
import { createUtelProvider, type UtelSource } from './provider';
import { readFixture } from '@/lib/testing/fixtures';

afterEach(closeServers);

const files: Record<string, string> = {
  'calls-count': 'calls-count.json',
  'calls-by-hour': 'calls-by-hour.json',
  'calls-by-day': 'calls-by-day-other-key.json',
  'calls-by-month': 'calls-by-month.json',
  'calls-by-external-number': 'calls-by-external-number.json',
  'calls-by-users': 'calls-by-users.json',
  'calls-by-users?status=1': 'calls-by-users-answered.json',
  'calls-by-users?status=2': 'calls-by-users-not-answered.json',
};

async function start(timezone = 'Asia/Tashkent') {
  const { root, seen } = await serve((request, res) => {
    const endpoint = request.path.replace('/api/v1/statistic/', '');
    const status = request.query.get('status');
    const file = files[status ? `${endpoint}?status=${status}` : endpoint];
    if (!file) return send(res, 404, '{"message":"Not Found"}');
    send(res, 200, readFixture('utel', file));
  });
  const source: UtelSource = {
    id: 'cloud',
    kind: 'utel',
    name: 'Cloud',
    baseUrl: `${root}/api/v1`,
    token: 'configured-token',
    timezone,
    refreshSeconds: 10,
    serviceLevelSeconds: 20,
    queueServiceLevelSeconds: {},
    businessDayStart: '00:00',
  };
  const provider = createUtelProvider(source);
  const queries = () =>
    seen.map((request) => `${request.path.replace('/api/v1/statistic/', '')}?${request.query}`);
  return { provider, queries };
}

function day(date: string, zone = 'Asia/Tashkent', externalNumber?: string): StatsQuery {
  const from = DateTime.fromISO(date, { zone });
  return { range: { from, to: from.plus({ days: 1 }), zone }, externalNumber };
}

/** A context that records what was cached (key and period end) and counts limited requests. */
function recordingContext() {
  const cached: { key: string; periodEndMs: number }[] = [];
  let limited = 0;
  const quirks: string[] = [];
  const context = plainStatsContext({
    cached: (key, periodEndMs, load) => {
      cached.push({ key, periodEndMs });
      return load();
    },
    limit: (load) => {
      limited += 1;
      return load();
    },
    onQuirk: (quirk) => quirks.push(quirk),
  });
  return { context, cached, quirks, limited: () => limited };
}

describe('createUtelProvider', () => {
  it('declares every report but live queues, and the external-number filter', async () => {
    const { provider } = await start();
    expect(provider.kind).toBe('utel');
    expect(capabilitiesOf(provider)).toEqual({
      summary: true,
      series: ['hour', 'day', 'month'],
      agents: true,
      externalNumbers: true,
      liveQueues: false,
      filters: ['externalNumber'],
    });
    expect(provider.fetchLiveQueues).toBeUndefined();
  });

  it('asks for naive local time with an inclusive end second (D3), cached by period', async () => {
    const { provider, queries } = await start();
    const { context, cached, limited } = recordingContext();
    const summary = await provider.fetchSummary?.(
      day('2026-01-13', 'Asia/Tashkent', '781130590'),
      context,
    );
    expect(summary?.incoming?.total).toBe(150);
    expect(queries()).toEqual([
      'calls-count?from=2026-01-13+00%3A00%3A00&to=2026-01-13+23%3A59%3A59&external_number=781130590',
    ]);
    expect(cached).toEqual([
      {
        key: '["utel","calls-count",{"from":"2026-01-13 00:00:00","to":"2026-01-13 23:59:59","external_number":"781130590"}]',
        periodEndMs: DateTime.fromISO('2026-01-14T00:00:00+05:00').toMillis(),
      },
    ]);
    expect(limited()).toBe(1);
  });

  it('converts the range into the configured zone when it is not Tashkent (D3)', async () => {
    const { provider, queries } = await start('Europe/Moscow');
    await provider.fetchSummary?.(day('2026-01-13', 'UTC'), plainStatsContext());
    expect(queries()).toEqual([
      'calls-count?from=2026-01-13+03%3A00%3A00&to=2026-01-14+02%3A59%3A59',
    ]);
  });

  it('serves hourly series natively in one request', async () => {
    const { provider, queries } = await start();
    const query = day('2026-01-13');
    const points = await provider.fetchSeries?.('hour', query, plainStatsContext());
    expect(points).toHaveLength(24);
    expect(points?.[9]).toEqual({
      start: '2026-01-13T09:00:00+05:00',
      incoming: { total: 12, notAnswered: 2 },
      outgoing: { total: 0, notAnswered: 0 },
      internal: { total: 0, notAnswered: 0 },
    });
    expect(queries()).toEqual([
      'calls-by-hour?from=2026-01-13+00%3A00%3A00&to=2026-01-13+23%3A59%3A59',
    ]);
  });

  it('counts a label key other than the D1 decision as a quirk', async () => {
    const { provider } = await start();
    const { context, quirks } = recordingContext();
    const points = await provider.fetchSeries?.('day', day('2026-01-13'), context);
    expect(points).toEqual([
      {
        start: '2026-01-13T00:00:00+05:00',
        incoming: { total: 0, notAnswered: 0 },
        outgoing: { total: 2, notAnswered: 0 },
        internal: { total: 0, notAnswered: 0 },
      },
    ]);
    expect(quirks).toEqual(['label-key']);
    await provider.fetchSeries?.('hour', day('2026-01-13'), context);
    expect(quirks).toEqual(['label-key']);
  });

  it('serves monthly series and external numbers', async () => {
    const { provider, queries } = await start();
    const from = DateTime.fromISO('2026-01-01', { zone: 'Asia/Tashkent' });
    const query = { range: { from, to: from.plus({ months: 3 }), zone: 'Asia/Tashkent' } };
    const points = await provider.fetchSeries?.('month', query, plainStatsContext());
    expect(points?.map((point) => point.incoming)).toEqual([
      { total: 120, notAnswered: 20 },
      { total: 0, notAnswered: 0 },
      { total: 40, notAnswered: 0 },
    ]);
    const numbers = await provider.fetchExternalNumbers?.(query, plainStatsContext());
    expect(numbers?.map((row) => row.number)).toEqual(['781130590', '781130591', '']);
    expect(queries()).toEqual([
      'calls-by-month?from=2026-01-01+00%3A00%3A00&to=2026-03-31+23%3A59%3A59',
      'calls-by-external-number?from=2026-01-01+00%3A00%3A00&to=2026-03-31+23%3A59%3A59',
    ]);
  });

  it('builds agents from three calls-by-users requests (all, answered, not answered)', async () => {
    const { provider, queries } = await start();
    const { context, limited } = recordingContext();
    const agents = await provider.fetchAgents?.(day('2026-01-13'), context);
    expect(
      agents?.map((agent) => [agent.id, agent.incoming?.answered, agent.incoming?.notAnswered]),
    ).toEqual([
      ['101', 70, 8],
      ['102', 50, 0],
    ]);
    expect(queries().sort()).toEqual([
      'calls-by-users?from=2026-01-13+00%3A00%3A00&to=2026-01-13+23%3A59%3A59',
      'calls-by-users?from=2026-01-13+00%3A00%3A00&to=2026-01-13+23%3A59%3A59&status=1',
      'calls-by-users?from=2026-01-13+00%3A00%3A00&to=2026-01-13+23%3A59%3A59&status=2',
    ]);
    expect(limited()).toBe(3);
  });

  it('checks health with a one-minute calls-count', async () => {
    const { provider, queries } = await start();
    await provider.checkHealth({ timeoutMs: 1000 });
    const [query] = queries();
    const params = new URLSearchParams(query?.split('?')[1]);
    const from = DateTime.fromFormat(params.get('from') ?? '', 'yyyy-MM-dd HH:mm:ss');
    const to = DateTime.fromFormat(params.get('to') ?? '', 'yyyy-MM-dd HH:mm:ss');
    expect(query).toMatch(/^calls-count\?/);
    expect(to.diff(from, 'seconds').seconds).toBe(59);
  });
});

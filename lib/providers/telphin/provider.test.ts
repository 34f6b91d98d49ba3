import { DateTime } from 'luxon';
import { capabilitiesOf } from '@/lib/providers/provider';
import { afterEach, describe, expect, it } from 'vitest';
import { SeriesPoint } from '@/lib/model/stats';
import type { StatsQuery } from '@/lib/providers/provider';
import { plainStatsContext } from '@/lib/testing/stats-context';
import { closeServers, send } from '@/lib/testing/test-http-server';
import { fixture, start, statsRequests } from '@/lib/testing/fake-telphin';
import { createTelphinProvider, type TelphinSource } from './provider';

afterEach(closeServers);

const zone = 'Europe/Moscow';

const source: TelphinSource = {
  id: 'ru',
  kind: 'telphin',
  name: 'RU',
  baseUrl: 'http://127.0.0.1:9',
  clientId: 'id',
  clientSecret: 'secret',
  account: '@me',
  apiTimeZone: 'utc',
  timezone: zone,
  refreshSeconds: 30,
  serviceLevelSeconds: 20,
  queueServiceLevelSeconds: {},
  businessDayStart: '00:00',
};

/** The provider on the Telphin stand-in, with the clock at `nowIso`. */
async function setup(nowIso = '2019-11-20T12:00:00+03:00', config: TelphinSource = source) {
  let now = DateTime.fromISO(nowIso).toMillis();
  const fake = await start({ now: () => now });
  const provider = createTelphinProvider(config, { client: fake.api, now: () => now });
  const asked = () =>
    statsRequests(fake.seen).map(
      (r) => `${r.query.get('start_datetime')} – ${r.query.get('end_datetime')}`,
    );
  return { ...fake, provider, asked, advance: (ms: number) => (now += ms) };
}

function days(from: string, count: number): StatsQuery {
  const start = DateTime.fromISO(from, { zone });
  return { range: { from: start, to: start.plus({ days: count }), zone } };
}

describe('createTelphinProvider', () => {
  it('declares summary and derived series only, and no filters', async () => {
    const { provider } = await setup();
    expect(provider.kind).toBe('telphin');
    expect(capabilitiesOf(provider)).toEqual({
      summary: true,
      series: ['hour', 'day', 'month'],
      agents: false,
      externalNumbers: false,
      liveQueues: false,
      filters: [],
    });
    expect(provider.fetchAgents).toBeUndefined();
    expect(provider.fetchExternalNumbers).toBeUndefined();
    expect(provider.fetchLiveQueues).toBeUndefined();
  });

  it('asks for the range in UTC (D5), cached until the period closes, within the limit', async () => {
    const { provider, asked } = await setup();
    const cached: [string, number][] = [];
    let limited = 0;
    const context = plainStatsContext({
      cached: (key, end, load) => {
        cached.push([key, end]);
        return load();
      },
      limit: (load) => {
        limited += 1;
        return load();
      },
    });
    const summary = await provider.fetchSummary?.(days('2019-11-01', 10), context);
    expect(summary?.incoming?.total).toBe(87);
    expect(summary?.internal).toBeNull();
    expect(asked()).toEqual(['2019-10-31 21:00:00 – 2019-11-10 21:00:00']);
    expect(cached).toEqual([
      [
        '["telphin","calls/stats","@me",{"start_datetime":"2019-10-31 21:00:00","end_datetime":"2019-11-10 21:00:00"}]',
        DateTime.fromISO('2019-11-11T00:00:00+03:00').toMillis(),
      ],
    ]);
    expect(limited).toBe(1);
  });

  it("asks in the source's own zone where the installation reads times that way (D5 variation)", async () => {
    const { provider, asked } = await setup(undefined, { ...source, apiTimeZone: 'source' });
    await provider.fetchSummary?.(days('2019-11-01', 10), plainStatsContext());
    await provider.fetchSeries?.('day', days('2019-11-01', 2), plainStatsContext());
    expect(asked()).toEqual([
      '2019-11-01 00:00:00 – 2019-11-11 00:00:00',
      '2019-11-01 00:00:00 – 2019-11-02 00:00:00',
      '2019-11-02 00:00:00 – 2019-11-03 00:00:00',
    ]);
  });

  it('derives a daily series with one request per day, none for days still to come', async () => {
    const { provider, asked } = await setup('2019-11-02T12:00:00+03:00');
    const points = await provider.fetchSeries?.('day', days('2019-11-01', 3), plainStatsContext());
    expect(SeriesPoint.array().parse(points)).toEqual([
      {
        start: '2019-11-01T00:00:00+03:00',
        incoming: { total: 87, notAnswered: 28 },
        outgoing: { total: 146, notAnswered: 59 },
        internal: null,
      },
      {
        start: '2019-11-02T00:00:00+03:00',
        incoming: { total: 87, notAnswered: 28 },
        outgoing: { total: 146, notAnswered: 59 },
        internal: null,
      },
      {
        start: '2019-11-03T00:00:00+03:00',
        incoming: { total: 0, notAnswered: 0 },
        outgoing: { total: 0, notAnswered: 0 },
        internal: null,
      },
    ]);
    expect(asked()).toEqual([
      '2019-10-31 21:00:00 – 2019-11-01 21:00:00',
      '2019-11-01 21:00:00 – 2019-11-02 21:00:00',
    ]);
  });

  it('derives an hourly day with 24 serialized requests, even with no outer limit', async () => {
    const { provider, asked, fake } = await setup();
    fake.delayMs = 5;
    const points = await provider.fetchSeries?.('hour', days('2019-11-01', 1), plainStatsContext());
    expect(points).toHaveLength(24);
    expect(points?.[23]?.start).toBe('2019-11-01T23:00:00+03:00');
    expect(asked()).toHaveLength(24);
    expect(asked()[0]).toBe('2019-10-31 21:00:00 – 2019-10-31 22:00:00');
    expect(fake.maxInFlight).toBe(1);
  });

  it('derives months, partial first and last ones included', async () => {
    const { provider, asked } = await setup();
    const from = DateTime.fromISO('2019-09-15T00:00', { zone });
    const query = { range: { from, to: from.plus({ months: 1 }), zone } };
    const points = await provider.fetchSeries?.('month', query, plainStatsContext());
    expect(points?.map((point) => point.start)).toEqual([
      '2019-09-01T00:00:00+03:00',
      '2019-10-01T00:00:00+03:00',
    ]);
    expect(asked()).toEqual([
      '2019-09-14 21:00:00 – 2019-09-30 21:00:00',
      '2019-09-30 21:00:00 – 2019-10-14 21:00:00',
    ]);
  });

  it('counts an absent direction as a quirk and reads it as no calls', async () => {
    const { provider, fake } = await setup();
    fake.replies.push((res) => send(res, 200, fixture('calls-stats-out-only.json')));
    const quirks: string[] = [];
    const context = plainStatsContext({ onQuirk: (quirk) => quirks.push(quirk) });
    const summary = await provider.fetchSummary?.(days('2019-11-01', 1), context);
    expect(summary?.incoming?.total).toBe(0);
    expect(summary?.outgoing?.total).toBe(4);
    expect(quirks).toEqual(['direction-absent']);
  });

  it('checks health with a one-minute request, unless a request just succeeded', async () => {
    const { provider, asked, advance, fake } = await setup('2019-11-20T12:00:30+03:00');
    await provider.checkHealth({ timeoutMs: 1000 });
    expect(asked()).toEqual(['2019-11-20 08:59:00 – 2019-11-20 09:00:00']);
    advance(30_000);
    await provider.checkHealth({ timeoutMs: 1000 });
    expect(asked()).toHaveLength(1);
    advance(31_000);
    await provider.checkHealth({ timeoutMs: 1000 });
    expect(asked()).toHaveLength(2);
    // A failure in between means the next check asks again, however recent the last success.
    fake.replies.push((res) => send(res, 500, '{"message":"Internal error"}'));
    fake.replies.push((res) => send(res, 500, '{"message":"Internal error"}'));
    await expect(
      provider.fetchSummary?.(days('2019-11-01', 1), plainStatsContext()),
    ).rejects.toThrow('telphin calls stats: HTTP 500 (Internal error)');
    await provider.checkHealth({ timeoutMs: 1000 });
    expect(asked()).toHaveLength(5);
  });
});

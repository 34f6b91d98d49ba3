import { DateTime } from 'luxon';
import { capabilitiesOf } from '@/lib/providers/provider';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatsContext } from '@/lib/providers/provider';
import { closeServers, serve } from '@/lib/testing/test-http-server';
import { plainStatsContext } from '@/lib/testing/stats-context';
import type { TimeRange } from '@/lib/time/range';
import { createTelecomxProvider } from './provider';
import { readFixture } from '@/lib/testing/fixtures';

afterEach(closeServers);

const zone = 'Europe/Copenhagen';
const hourDay = readFixture('telecomx', 'cdrstats-hour-day.json');

interface StatsBody {
  from: string;
  to: string;
  groupingInterval: string;
}

const counts = (calls: number, unanswered: number) => ({
  inboundCalls: calls,
  inboundUnanswered: unanswered,
  inboundBusy: 0,
  outboundCalls: 0,
  outboundUnanswered: 0,
});

/** Answers 2026-01-13 by hour from the fixture; DAY and MONTH requests get one employee's keys. */
async function start() {
  const bodies: StatsBody[] = [];
  const { root } = await serve((request, res) => {
    const body = JSON.parse(request.body) as StatsBody;
    bodies.push(body);
    res.setHeader('Content-Type', 'application/json');
    if (body.groupingInterval === 'HOUR') {
      res.end(body.from === '2026-01-12T23:00:00.000Z' ? hourDay : '[]');
      return;
    }
    // UTC keys (D6): a Copenhagen day holds the last UTC hour of the day before.
    const days: Record<string, object> = {
      '2026-01-30T23:00:00.000Z': { '30': counts(1, 1), '31': counts(2, 0) },
      '2026-01-31T23:00:00.000Z': { '1': counts(2, 0) },
      '2026-02-27T23:00:00.000Z': { '28': counts(5, 2) },
    };
    const data =
      body.groupingInterval === 'DAY'
        ? (days[body.from] ?? {})
        : body.from === '2025-11-30T23:00:00.000Z'
          ? { '12': counts(7, 1) }
          : { '1': counts(4, 4) };
    res.end(
      JSON.stringify([{ employeeId: 'e1', employeeName: 'Bo', extensionNumber: '232', data }]),
    );
  });
  const provider = createTelecomxProvider({
    id: 'dk',
    kind: 'telecomx',
    name: 'DK',
    baseUrl: root,
    token: 'm2m',
    timezone: zone,
    refreshSeconds: 30,
    serviceLevelSeconds: 20,
    queueServiceLevelSeconds: {},
    businessDayStart: '00:00',
  });
  return { provider, bodies };
}

/** A context that caches like the server does and records what it was asked. */
function recordingContext() {
  const cache = new Map<string, Promise<unknown>>();
  const periodEnds: number[] = [];
  const quirks: string[] = [];
  let limited = 0;
  const context: StatsContext = plainStatsContext({
    onQuirk: (quirk) => quirks.push(quirk),
    cached<T>(key: string, periodEndMs: number, load: () => Promise<T>): Promise<T> {
      periodEnds.push(periodEndMs);
      const hit = cache.get(key);
      if (hit) return hit as Promise<T>;
      const loading = load();
      cache.set(key, loading);
      return loading;
    },
    limit(load) {
      limited += 1;
      return load();
    },
  });
  return { context, periodEnds, quirks, limited: () => limited };
}

function range(from: string, to: string): TimeRange {
  return { from: DateTime.fromISO(from, { zone }), to: DateTime.fromISO(to, { zone }), zone };
}

const today = range('2026-01-13', '2026-01-14');

describe('createTelecomxProvider', () => {
  it('declares what cdrstats can give', async () => {
    const { provider } = await start();
    expect(provider.kind).toBe('telecomx');
    expect(capabilitiesOf(provider)).toEqual({
      summary: true,
      series: ['hour', 'day', 'month'],
      agents: true,
      externalNumbers: false,
      liveQueues: false,
      filters: ['agent'],
    });
    expect(provider.fetchLiveQueues).toBeUndefined();
    expect(provider.fetchExternalNumbers).toBeUndefined();
  });

  it("answers today's summary, agents and hourly series from one request", async () => {
    const { provider, bodies } = await start();
    const recording = recordingContext();
    const summary = await provider.fetchSummary?.({ range: today }, recording.context);
    const agents = await provider.fetchAgents?.({ range: today }, recording.context);
    const series = await provider.fetchSeries?.('hour', { range: today }, recording.context);
    expect(bodies).toEqual([
      expect.objectContaining({
        from: '2026-01-12T23:00:00.000Z',
        to: '2026-01-13T22:59:59.999Z',
        groupingInterval: 'HOUR',
      }),
    ]);
    expect(recording.limited()).toBe(1);
    expect(recording.periodEnds).toEqual([
      today.to.toMillis(),
      today.to.toMillis(),
      today.to.toMillis(),
    ]);
    expect(recording.quirks).toEqual(['inbound-answered-zero']);
    expect(summary).toEqual({
      incoming: {
        total: 11,
        answered: 8,
        notAnswered: 3,
        busy: 1,
        failed: null,
        durationSeconds: null,
        talkSeconds: 1150,
      },
      outgoing: {
        total: 6,
        answered: 4,
        notAnswered: 2,
        busy: null,
        failed: 1,
        durationSeconds: null,
        talkSeconds: 335,
      },
      internal: null,
    });
    expect(
      agents?.map((agent) => [agent.id, agent.incoming?.calls, agent.outgoing?.calls]),
    ).toEqual([
      ['5450f1834b75ff21032563a1', 7, 3],
      ['53da4c7552b2dbf05521c09b', 4, 3],
      ['534bf567221eb20000136767', 0, 0],
    ]);
    expect(series).toHaveLength(24);
    // The fixture's key "8" is 08:00 UTC, 09:00 in Copenhagen.
    expect(series?.[9]).toEqual({
      start: '2026-01-13T09:00:00+01:00',
      incoming: { total: 9, notAnswered: 3 },
      outgoing: { total: 4, notAnswered: 2 },
      internal: null,
    });
  });

  it('filters by agent (employee id or extension) on the shared answer', async () => {
    const { provider, bodies } = await start();
    const recording = recordingContext();
    const benny = await provider.fetchSummary?.({ range: today, agent: '289' }, recording.context);
    expect(benny?.incoming).toMatchObject({ total: 4, answered: 3, notAnswered: 1 });
    const series = await provider.fetchSeries?.(
      'hour',
      { range: today, agent: '5450f1834b75ff21032563a1' },
      recording.context,
    );
    expect(series?.[9]?.incoming).toEqual({ total: 5, notAnswered: 2 });
    expect(bodies).toHaveLength(1);
  });

  it('asks once per local day and once per local month where local midnight is not UTC midnight', async () => {
    const { provider, bodies } = await start();
    const context = plainStatsContext();
    const days = await provider.fetchSeries?.(
      'day',
      { range: range('2026-01-31', '2026-03-01') },
      context,
    );
    // Every UTC day straddles two local days, so a request may hold one local day only.
    expect(bodies).toHaveLength(29);
    expect(bodies.map((body) => [body.groupingInterval, body.from, body.to]).slice(0, 2)).toEqual([
      ['DAY', '2026-01-30T23:00:00.000Z', '2026-01-31T22:59:59.999Z'],
      ['DAY', '2026-01-31T23:00:00.000Z', '2026-02-01T22:59:59.999Z'],
    ]);
    expect(days?.map((point) => [point.start, point.incoming?.total])).toEqual([
      ['2026-01-31T00:00:00+01:00', 3],
      ...Array.from({ length: 28 }, (_, index) => [
        `2026-02-${String(index + 1).padStart(2, '0')}T00:00:00+01:00`,
        index === 0 ? 2 : index === 27 ? 5 : 0,
      ]),
    ]);
    bodies.length = 0;
    const months = await provider.fetchSeries?.(
      'month',
      { range: range('2025-12-01', '2026-02-01') },
      context,
    );
    expect(bodies.map((body) => body.groupingInterval)).toEqual(['MONTH', 'MONTH']);
    expect(months?.map((point) => [point.start, point.incoming])).toEqual([
      ['2025-12-01T00:00:00+01:00', { total: 7, notAnswered: 1 }],
      ['2026-01-01T00:00:00+01:00', { total: 4, notAnswered: 4 }],
    ]);
  });

  it('checks health with one small request', async () => {
    const { provider, bodies } = await start();
    await provider.checkHealth({ timeoutMs: 1000 });
    expect(bodies.map((body) => body.groupingInterval)).toEqual(['MONTH']);
  });
});

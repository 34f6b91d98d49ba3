import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SeriesResponse,
  SummaryResponse,
  type SeriesPoint,
  type SummaryData,
} from '@/lib/model/stats';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import type { Engine } from '@/sim/engine/engine';
import type { CallRecord } from '@/sim/engine/types';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { installAppContext, simPassword, uninstallAppContext } from '../support/app-under-test';
import { asternicSeries, asternicSummary } from './asternic-truth';
import {
  callReport,
  expectSeriesEqualsRecount,
  type ContractSource,
  type SeriesTruth,
  type SummaryTruth,
} from './contract-checks';
import { summaryTruth as enswitchSummaryTruth } from './enswitch-truth';
import { telecomxSeries, telecomxSummary } from './telecomx-truth';
import { telphinSeries, telphinSummary } from './telphin-truth';
import {
  directionsOf,
  expectEnvelope,
  queryOf,
  spanOf,
  withOffset,
  type Bucket,
  type ContractRange,
  type Span,
} from './truth-helpers';
import { utelSeries, utelSummary } from './utel-truth';

/**
 * Every kind in zones with summer time, over both change days of 2026: the 23-hour spring day
 * and the 25-hour autumn day, and the days around each (a month boundary included), for the
 * summary and every series bucket the kind offers. The normalized API must equal the recount of
 * the simulator's calls, hour by hour, each hour labelled with its own offset.
 *
 * One simulator per zone and change serves all five dialects, its clock frozen a few days after
 * the change (Enswitch keeps 62 days of statistics), so each extra zone costs seconds.
 */

interface Change {
  zone: string;
  season: 'spring' | 'autumn';
  /** The simulator's frozen clock: after every range of the change. */
  nowMs: number;
  /** The change day itself: 23 or 25 hours. */
  day: ContractRange;
  hours: number;
  /** A week around it, across a month boundary. */
  around: ContractRange;
}

const changes: Change[] = [
  {
    zone: 'Europe/Copenhagen',
    season: 'spring',
    nowMs: Date.parse('2026-04-03T10:00:00Z'),
    day: { name: 'the 23-hour day 2026-03-29', from: '2026-03-29', to: '2026-03-29' },
    hours: 23,
    around: { name: '2026-03-27 to 2026-04-02', from: '2026-03-27', to: '2026-04-02' },
  },
  {
    zone: 'Europe/Copenhagen',
    season: 'autumn',
    nowMs: Date.parse('2026-11-03T10:00:00Z'),
    day: { name: 'the 25-hour day 2026-10-25', from: '2026-10-25', to: '2026-10-25' },
    hours: 25,
    around: { name: '2026-10-23 to 2026-11-02', from: '2026-10-23', to: '2026-11-02' },
  },
  {
    zone: 'America/New_York',
    season: 'spring',
    nowMs: Date.parse('2026-03-12T15:00:00Z'),
    day: { name: 'the 23-hour day 2026-03-08', from: '2026-03-08', to: '2026-03-08' },
    hours: 23,
    around: { name: '2026-02-27 to 2026-03-10', from: '2026-02-27', to: '2026-03-10' },
  },
  {
    zone: 'America/New_York',
    season: 'autumn',
    nowMs: Date.parse('2026-11-04T15:00:00Z'),
    day: { name: 'the 25-hour day 2026-11-01', from: '2026-11-01', to: '2026-11-01' },
    hours: 25,
    around: { name: '2026-10-29 to 2026-11-03', from: '2026-10-29', to: '2026-11-03' },
  },
];

const machineToken = 'summer-time-machine-token-0123456789';
const enswitch = { username: 'summer-enswitch', password: 'summer-enswitch-pass' };
const enswitchQueueIds = [123, 124, 125, 126, 127];

type Kind = 'asternic' | 'utel' | 'telphin' | 'telecomx' | 'enswitch';

function sourceYaml(kind: Kind, id: string, zone: string, url: string): string {
  const head = `
  - id: ${id}
    kind: ${kind}
    timezone: ${zone}`;
  switch (kind) {
    case 'asternic':
      return `${head}
    baseUrl: ${url}/asternic/stats
    username: wallboard
    password: ${simPassword}`;
    case 'utel':
      return `${head}
    baseUrl: ${url}/utel/api/v1
    email: wallboard@callboard.demo
    password: utel-demo-password`;
    case 'telphin':
      return `${head}
    baseUrl: ${url}/telphin
    clientId: callboard-demo
    clientSecret: telphin-demo-secret`;
    case 'telecomx':
      return `${head}
    baseUrl: ${url}/telecomx
    token: ${machineToken}`;
    case 'enswitch':
      return `${head}
    baseUrl: ${url}/enswitch
    username: ${enswitch.username}
    password: ${enswitch.password}
    queues: [${enswitchQueueIds.join(', ')}]`;
  }
}

const sims = new Map<Change, RunningSimulator>();
let app: AppContext;

const idOf = (kind: Kind, change: Change) =>
  `${kind}-${change.zone.split('/')[1]?.toLowerCase().replace('_', '')}-${change.season}`;

function simOf(change: Change): RunningSimulator {
  const sim = sims.get(change);
  if (!sim) throw new Error(`no simulator for ${change.zone} ${change.season}`);
  return sim;
}

beforeAll(async () => {
  let yaml = '';
  for (const change of changes) {
    const sim = await startSimulator({
      port: 0,
      // Seed 1 puts queue calls into both occurrences of each autumn's repeated hour (checked
      // below): the night is quiet, and a repeated hour without calls would prove nothing.
      seed: 1,
      timeZone: change.zone,
      clock: manualClock(change.nowMs),
      cacheDays: 60,
      asternic: { password: simPassword },
      utel: { rateLimitPerMinute: 0 },
      telecomx: { machineToken },
      enswitch,
    });
    sims.set(change, sim);
    for (const kind of ['asternic', 'utel', 'telphin', 'telecomx', 'enswitch'] as const) {
      yaml += sourceYaml(kind, idOf(kind, change), change.zone, sim.url);
    }
  }
  app = installAppContext(yaml);
});

afterAll(async () => {
  uninstallAppContext(app);
  await Promise.all([...sims.values()].map((sim) => sim.close()));
});

/** A kind's recount: summary and series from the engine's calls of a range. */
interface KindTruth {
  kind: Kind;
  summary: (engine: Engine, calls: readonly CallRecord[], span: Span) => SummaryData;
  series?: (engine: Engine) => SeriesTruth;
  /** Buckets checked over the week around the change (Telphin pays one request per hour). */
  aroundBuckets: readonly Bucket[];
}

const plain = (summary: SummaryTruth) => (_engine: Engine, calls: readonly CallRecord[]) =>
  summary(calls);
const fixed = (series: SeriesTruth) => () => series;

const kinds: KindTruth[] = [
  {
    kind: 'asternic',
    summary: plain(asternicSummary),
    series: fixed((calls, span, bucket, zone) => asternicSeries(calls, span, bucket, zone)),
    aroundBuckets: ['hour', 'day', 'month'],
  },
  {
    kind: 'utel',
    summary: plain(utelSummary),
    series: fixed(utelSeries),
    aroundBuckets: ['hour', 'day', 'month'],
  },
  {
    kind: 'telphin',
    summary: plain(telphinSummary),
    series: fixed(telphinSeries),
    aroundBuckets: ['day', 'month'],
  },
  {
    kind: 'telecomx',
    summary: telecomxSummary,
    series: (engine) => (calls, span, bucket, zone) =>
      telecomxSeries(engine, calls, span, bucket, zone),
    aroundBuckets: ['hour', 'day', 'month'],
  },
  {
    kind: 'enswitch',
    summary: (engine, _calls, span) =>
      enswitchSummaryTruth(engine, enswitchQueueIds, span.fromMs, span.toMs),
    aroundBuckets: [],
  },
];

describe.each(changes)('$zone, $season change', (change) => {
  const { zone } = change;

  const callsIn = (range: ContractRange) => {
    const span = spanOf(range, zone);
    return { span, calls: simOf(change).engine.callsBetween(span.fromMs, span.toMs, change.nowMs) };
  };

  it(`the simulator's ${change.day.name} has ${change.hours} hours, with calls in the changed hours`, () => {
    const { span, calls } = callsIn(change.day);
    expect((span.toMs - span.fromMs) / 3_600_000).toBe(change.hours);
    // The one hour whose offset differs from the hour before; in autumn, that hour and the one
    // before are the repeated local hour, once per offset, and both must hold calls.
    const hourly = Array.from({ length: change.hours }, (_, i) => span.fromMs + i * 3_600_000);
    const changed = hourly.filter(
      (ms, i) =>
        i > 0 &&
        DateTime.fromMillis(ms, { zone }).offset !== DateTime.fromMillis(ms - 1, { zone }).offset,
    );
    const checked = change.season === 'autumn' ? changed.flatMap((ms) => [ms - 3_600_000, ms]) : [];
    expect(changed).toHaveLength(1);
    for (const ms of checked) {
      const inHour = calls.filter(
        (c) => c.queue !== null && c.enterMs >= ms && c.enterMs < ms + 3_600_000,
      );
      expect({
        hour: withOffset(DateTime.fromMillis(ms, { zone })),
        calls: inHour.length > 0,
      }).toEqual({
        hour: withOffset(DateTime.fromMillis(ms, { zone })),
        calls: true,
      });
    }
  });

  describe.each(kinds)('$kind', (truth) => {
    const source: ContractSource = {
      zone,
      sourceId: idOf(truth.kind, change),
      call: (report, query) => callReport(idOf(truth.kind, change), report, query),
      callsIn,
    };

    it.each([change.day, change.around])('summary over $name equals the recount', async (range) => {
      const { status, body } = await source.call('summary', queryOf(range));
      expect(status).toBe(200);
      const summary = SummaryResponse.parse(body);
      expectEnvelope(summary, source.sourceId, range, zone);
      const { span, calls } = callsIn(range);
      expect(directionsOf(summary)).toEqual(truth.summary(simOf(change).engine, calls, span));
    });

    const series = truth.series;
    if (!series) return;

    it.each(['hour', 'day', 'month'] as const)(
      `series by %s over ${change.day.name} equals the recount`,
      async (bucket) => {
        await expectSeriesEqualsRecount(source, change.day, bucket, series(simOf(change).engine));
      },
    );

    it(`hourly over ${change.day.name}: ${change.hours} points in order, each with its own offset`, async () => {
      const { status, body } = await source.call('series', queryOf(change.day, 'hour'));
      expect(status).toBe(200);
      const starts = SeriesResponse.parse(body).points.map((p: SeriesPoint) => p.start);
      expect(starts).toHaveLength(change.hours);
      const instants = starts.map((start) => DateTime.fromISO(start).toMillis());
      expect(instants.every((ms, i) => i === 0 || ms - (instants[i - 1] ?? 0) === 3_600_000)).toBe(
        true,
      );
      expect(starts.map((start) => withOffset(DateTime.fromISO(start, { zone })))).toEqual(starts);
    });

    it.each(truth.aroundBuckets)(
      `series by %s over ${change.around.name} equals the recount`,
      async (bucket) => {
        await expectSeriesEqualsRecount(
          source,
          change.around,
          bucket,
          series(simOf(change).engine),
        );
      },
    );
  });
});

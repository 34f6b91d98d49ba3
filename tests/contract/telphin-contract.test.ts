import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as agentsRoute } from '@/app/api/v1/sources/[id]/agents/route';
import { GET as externalNumbersRoute } from '@/app/api/v1/sources/[id]/external-numbers/route';
import { GET as liveRoute } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as seriesRoute } from '@/app/api/v1/sources/[id]/series/route';
import { GET as summaryRoute } from '@/app/api/v1/sources/[id]/summary/route';
import { GET as sourcesRoute } from '@/app/api/v1/sources/route';
import { SourcesResponse } from '@/lib/model/source';
import { SeriesResponse, SummaryResponse } from '@/lib/model/stats';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { callRoute, installAppContext, uninstallAppContext } from '../support/app-under-test';
import { telphinSeries, telphinSummary } from './telphin-truth';
import {
  acrossMidnight,
  bucketsOf,
  contractNowMs,
  contractRanges,
  contractZones,
  directionsOf,
  echoOf,
  expectApiError,
  expectEnvelope,
  expectZeroFilled,
  oneHour,
  queryOf,
  spanOf,
  type Bucket,
  type ContractRange,
  type ContractZone,
} from './truth-helpers';

const sims = new Map<ContractZone, RunningSimulator>();
let app: AppContext;

const sourceIds: Record<ContractZone, string> = {
  'Asia/Tashkent': 'telphin-tashkent',
  UTC: 'telphin-utc',
};

/**
 * Telphin series cost one serialized request (50–150 ms) per bucket. Hourly is checked over the
 * one-hour and crossing-midnight ranges only: the month boundary would cost 96 requests and the
 * whole month 672 (and the app's 240/min budget), for nothing the day buckets do not prove.
 */
const seriesCases: [Bucket, string, ContractRange][] = [
  ['hour', oneHour.name, oneHour],
  ['hour', acrossMidnight.name, acrossMidnight],
  ...contractRanges.map((r): [Bucket, string, ContractRange] => ['day', r.name, r]),
  ...contractRanges.map((r): [Bucket, string, ContractRange] => ['month', r.name, r]),
];

beforeAll(async () => {
  let yaml = '';
  for (const zone of contractZones) {
    const sim = await startSimulator({
      port: 0,
      timeZone: zone,
      clock: manualClock(contractNowMs),
    });
    sims.set(zone, sim);
    yaml += `
  - id: ${sourceIds[zone]}
    kind: telphin
    timezone: ${zone}
    baseUrl: ${sim.url}/telphin
    clientId: callboard-demo
    clientSecret: telphin-demo-secret`;
  }
  app = installAppContext(yaml);
});

afterAll(async () => {
  uninstallAppContext(app);
  await Promise.all([...sims.values()].map((sim) => sim.close()));
});

function simIn(zone: ContractZone): RunningSimulator {
  const sim = sims.get(zone);
  if (!sim) throw new Error(`no simulator for ${zone}`);
  return sim;
}

/** Ground-truth calls of a range: started in it, ended by the simulator's now. */
function callsIn(zone: ContractZone, range: ContractRange) {
  const span = spanOf(range, zone);
  return { span, calls: simIn(zone).engine.callsBetween(span.fromMs, span.toMs, contractNowMs) };
}

async function stats(
  handler: typeof summaryRoute,
  report: string,
  zone: ContractZone,
  query: string,
) {
  const id = sourceIds[zone];
  return callRoute(handler, `/api/v1/sources/${id}/${report}?${query}`, { id });
}

it('lists both sources with summary and derived series only', async () => {
  const { status, body } = await callRoute(sourcesRoute, '/api/v1/sources', {});
  expect(status).toBe(200);
  const { sources } = SourcesResponse.parse(body);
  for (const zone of contractZones) {
    expect(sources.find((s) => s.id === sourceIds[zone])).toMatchObject({
      kind: 'telphin',
      timezone: zone,
      capabilities: {
        summary: true,
        series: ['hour', 'day', 'month'],
        agents: false,
        externalNumbers: false,
        liveQueues: false,
      },
    });
  }
});

describe.each(contractZones)('Telphin source in %s', (zone) => {
  const id = sourceIds[zone];

  it.each(contractRanges)('summary over $name equals the recount', async (range) => {
    const { status, body } = await stats(summaryRoute, 'summary', zone, queryOf(range));
    expect(status).toBe(200);
    const summary = SummaryResponse.parse(body);
    expectEnvelope(summary, id, range, zone);
    const { calls } = callsIn(zone, range);
    expect(calls.length).toBeGreaterThan(0);
    expect(directionsOf(summary)).toEqual(telphinSummary(calls));
  });

  it.each(seriesCases)(
    'series by %s over %s: one zero-filled point per bucket',
    async (bucket, _name, range) => {
      const { status, body } = await stats(seriesRoute, 'series', zone, queryOf(range, bucket));
      expect(status).toBe(200);
      const series = SeriesResponse.parse(body);
      expectEnvelope(series, id, range, zone);
      expect(series.bucket).toBe(bucket);
      const { span, calls } = callsIn(zone, range);
      expect(series.points.map((p) => p.start)).toEqual(
        bucketsOf(span, bucket, zone).map((b) => b.start),
      );
      expect(series.points).toEqual(telphinSeries(calls, span, bucket, zone));
    },
  );

  // Hours without calls must read 0, not "cannot tell": the night hours crossing midnight.
  it('series by hour gives 0, not null, where a direction had no calls', async () => {
    const query = queryOf(acrossMidnight, 'hour');
    const { body } = await stats(seriesRoute, 'series', zone, query);
    const { span, calls } = callsIn(zone, acrossMidnight);
    expectZeroFilled(SeriesResponse.parse(body).points, telphinSeries(calls, span, 'hour', zone));
  });

  // The adapter sends the range's last second as `end_datetime`: a call starting in the first or
  // the last second of a range must count exactly once, and not in the next range.
  it('counts calls in the first and the last second of a range once', async () => {
    const hour = simIn(zone).engine.callsBetween(
      DateTime.fromISO('2026-03-10T09:00', { zone }).toMillis(),
      DateTime.fromISO('2026-03-10T10:00', { zone }).toMillis(),
    );
    const first = hour[0];
    const last = hour.at(-1);
    if (!first || !last) throw new Error('no calls to put on the boundary');
    const local = (ms: number) =>
      DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
    const inner = {
      name: 'first to last call',
      from: local(first.enterMs),
      to: local(last.enterMs + 1000),
    };
    const after = { name: 'after', from: inner.to, to: local(last.enterMs + 3_600_000) };
    for (const range of [inner, after]) {
      const { status, body } = await stats(summaryRoute, 'summary', zone, queryOf(range));
      expect(status).toBe(200);
      const summary = SummaryResponse.parse(body);
      expect(summary.from).toBe(echoOf(range.from, zone));
      expect(directionsOf(summary)).toEqual(telphinSummary(callsIn(zone, range).calls));
    }
  });
});

describe('Telphin errors', () => {
  const id = sourceIds.UTC;
  const query = queryOf(oneHour);

  it.each([
    ['agents', agentsRoute],
    ['external-numbers', externalNumbersRoute],
    ['queues/live', liveRoute],
  ] as const)('%s is unsupported: 422', async (report, handler) => {
    expectApiError(
      await callRoute(handler, `/api/v1/sources/${id}/${report}?${query}`, { id }),
      422,
      'unsupported',
    );
  });

  it('an unknown source is 404', async () => {
    expectApiError(
      await callRoute(summaryRoute, `/api/v1/sources/nope/summary?${query}`, { id: 'nope' }),
      404,
      'not_found',
    );
  });

  it.each([
    ['an unknown bucket', `${query}&bucket=week`],
    ['a date that does not exist', 'from=2026-02-30&to=2026-03-01&bucket=day'],
    ['to before from', 'from=2026-03-10T11:00&to=2026-03-10T10:00&bucket=hour'],
    ['hours over more than 31 days', 'from=2026-01-01&to=2026-02-15&bucket=hour'],
    ['an unknown parameter', `${query}&bucket=day&queue_id=1`],
  ])('%s is 400', async (_what, q) => {
    expectApiError(await stats(seriesRoute, 'series', 'UTC', q), 400, 'bad_request');
  });

  it('a filter Telphin cannot honour is 422, not silently ignored', async () => {
    expectApiError(
      await stats(summaryRoute, 'summary', 'UTC', `${query}&agent=101`),
      422,
      'unsupported',
    );
  });
});

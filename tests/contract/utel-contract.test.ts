import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as agentsRoute } from '@/app/api/v1/sources/[id]/agents/route';
import { GET as externalNumbersRoute } from '@/app/api/v1/sources/[id]/external-numbers/route';
import { GET as liveRoute } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as seriesRoute } from '@/app/api/v1/sources/[id]/series/route';
import { GET as summaryRoute } from '@/app/api/v1/sources/[id]/summary/route';
import { GET as sourcesRoute } from '@/app/api/v1/sources/route';
import { SourcesResponse } from '@/lib/model/source';
import {
  AgentsResponse,
  ExternalNumbersResponse,
  SeriesResponse,
  SummaryResponse,
} from '@/lib/model/stats';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { callRoute, installAppContext, uninstallAppContext } from '../support/app-under-test';
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
  queryOf,
  spanOf,
  type Bucket,
  type ContractRange,
  type ContractZone,
} from './truth-helpers';
import { utelAgents, utelExternalNumbers, utelSeries, utelSummary } from './utel-truth';

const sims = new Map<ContractZone, RunningSimulator>();
let app: AppContext;

const sourceIds: Record<ContractZone, string> = {
  'Asia/Tashkent': 'utel-tashkent',
  UTC: 'utel-utc',
};
const buckets: readonly Bucket[] = ['hour', 'day', 'month'];

beforeAll(async () => {
  let yaml = '';
  for (const zone of contractZones) {
    // The frozen clock keeps Laravel's 60/min throttle from resetting, so it is switched off.
    const sim = await startSimulator({
      port: 0,
      timeZone: zone,
      clock: manualClock(contractNowMs),
      utel: { rateLimitPerMinute: 0 },
    });
    sims.set(zone, sim);
    yaml += `
  - id: ${sourceIds[zone]}
    kind: utel
    timezone: ${zone}
    baseUrl: ${sim.url}/utel/api/v1
    email: wallboard@callboard.demo
    password: utel-demo-password`;
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

it('lists both sources with every UTEL report but live queues', async () => {
  const { status, body } = await callRoute(sourcesRoute, '/api/v1/sources', {});
  expect(status).toBe(200);
  const { sources } = SourcesResponse.parse(body);
  for (const zone of contractZones) {
    expect(sources.find((s) => s.id === sourceIds[zone])).toMatchObject({
      kind: 'utel',
      timezone: zone,
      capabilities: {
        summary: true,
        series: ['hour', 'day', 'month'],
        agents: true,
        externalNumbers: true,
        liveQueues: false,
      },
    });
  }
});

describe.each(contractZones)('UTEL source in %s', (zone) => {
  const id = sourceIds[zone];

  it.each(contractRanges)('summary over $name equals the recount', async (range) => {
    const { status, body } = await stats(summaryRoute, 'summary', zone, queryOf(range));
    expect(status).toBe(200);
    const summary = SummaryResponse.parse(body);
    expectEnvelope(summary, id, range, zone);
    const { calls } = callsIn(zone, range);
    expect(calls.length).toBeGreaterThan(0);
    expect(directionsOf(summary)).toEqual(utelSummary(calls));
  });

  // Native series cost one request whatever the length, so every bucket of every range is checked.
  describe.each(buckets)('series by %s', (bucket) => {
    it.each(contractRanges)('over $name: one zero-filled point per bucket', async (range) => {
      const { status, body } = await stats(seriesRoute, 'series', zone, queryOf(range, bucket));
      expect(status).toBe(200);
      const series = SeriesResponse.parse(body);
      expectEnvelope(series, id, range, zone);
      expect(series.bucket).toBe(bucket);
      const { span, calls } = callsIn(zone, range);
      const starts = bucketsOf(span, bucket, zone).map((b) => b.start);
      expect(series.points.map((p) => p.start)).toEqual(starts);
      expect(series.points).toEqual(utelSeries(calls, span, bucket, zone));
    });
  });

  it.each(contractRanges)('agents over $name equal the recount', async (range) => {
    const { status, body } = await stats(agentsRoute, 'agents', zone, queryOf(range));
    expect(status).toBe(200);
    const agents = AgentsResponse.parse(body);
    expectEnvelope(agents, id, range, zone);
    // The order of agents is not part of the contract; compare by extension.
    const byNumber = [...agents.agents].sort((a, b) => Number(a.id) - Number(b.id));
    expect(byNumber).toEqual(utelAgents(callsIn(zone, range).calls));
  });

  it.each(contractRanges)('external numbers over $name equal the recount', async (range) => {
    const { status, body } = await stats(
      externalNumbersRoute,
      'external-numbers',
      zone,
      queryOf(range),
    );
    expect(status).toBe(200);
    const numbers = ExternalNumbersResponse.parse(body);
    expectEnvelope(numbers, id, range, zone);
    const sorted = [...numbers.numbers].sort((a, b) => a.number.localeCompare(b.number));
    expect(sorted).toEqual(utelExternalNumbers(callsIn(zone, range).calls));
  });

  // Hours without calls must read 0, not "cannot tell": the night hours crossing midnight.
  it('series by hour gives 0, not null, where a direction had no calls', async () => {
    const query = queryOf(acrossMidnight, 'hour');
    const { body } = await stats(seriesRoute, 'series', zone, query);
    const { span, calls } = callsIn(zone, acrossMidnight);
    expectZeroFilled(SeriesResponse.parse(body).points, utelSeries(calls, span, 'hour', zone));
  });

  // The adapter sends `to − 1 s` and the simulator reads `to` inclusively: a call starting in the
  // first or the last second of a range must count exactly once, and not in the next range.
  it('counts calls in the first and the last second of a range once', async () => {
    const day = simIn(zone).engine.callsBetween(
      DateTime.fromISO('2026-03-10T09:00', { zone }).toMillis(),
      DateTime.fromISO('2026-03-10T10:00', { zone }).toMillis(),
    );
    const first = day[0];
    const last = day.at(-1);
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
      expect(directionsOf(summary)).toEqual(utelSummary(callsIn(zone, range).calls));
    }
  });
});

describe('UTEL errors', () => {
  const id = sourceIds.UTC;
  const range = contractRanges[0] ?? { name: '', from: '', to: '' };

  it('live queues are unsupported: 422', async () => {
    expectApiError(
      await callRoute(liveRoute, `/api/v1/sources/${id}/queues/live`, { id }),
      422,
      'unsupported',
    );
  });

  it('an unknown source is 404', async () => {
    expectApiError(
      await callRoute(summaryRoute, `/api/v1/sources/nope/summary?${queryOf(range)}`, {
        id: 'nope',
      }),
      404,
      'not_found',
    );
  });

  it.each([
    ['an unknown bucket', `${queryOf(range)}&bucket=week`],
    ['a date that does not exist', 'from=2026-02-30&to=2026-03-01&bucket=day'],
    ['to before from', 'from=2026-03-10T11:00&to=2026-03-10T10:00&bucket=hour'],
    ['hours over more than 31 days', 'from=2026-01-01&to=2026-02-15&bucket=hour'],
    ['an unknown parameter', `${queryOf(range)}&bucket=day&queue_id=1`],
  ])('%s is 400', async (_what, query) => {
    expectApiError(await stats(seriesRoute, 'series', 'UTC', query), 400, 'bad_request');
  });
});

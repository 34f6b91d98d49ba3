import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as agentsRoute } from '@/app/api/v1/sources/[id]/agents/route';
import { GET as externalNumbersRoute } from '@/app/api/v1/sources/[id]/external-numbers/route';
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
import { callRoute } from '../support/app-under-test';
import {
  asternicNowMs,
  asternicSourceIds,
  startAsternicFixture,
  type AsternicFixture,
} from './asternic-support';
import {
  asternicAgents,
  asternicExternalNumbers,
  asternicSeries,
  asternicSummary,
  type AsternicFilter,
} from './asternic-truth';
import {
  bucketsOf,
  contractRanges,
  contractZones,
  echoOf,
  expectApiError,
  expectEnvelope,
  queryOf,
  spanOf,
  type Bucket,
  type ContractRange,
  type ContractZone,
} from './truth-helpers';

let fixture: AsternicFixture;
const buckets: readonly Bucket[] = ['hour', 'day', 'month'];

beforeAll(async () => {
  fixture = await startAsternicFixture();
});

afterAll(async () => {
  await fixture.close();
});

/** Ground-truth calls of a range: entered in it, ended by the simulator's frozen now. */
function callsIn(zone: ContractZone, range: ContractRange) {
  const span = spanOf(range, zone);
  const calls = fixture.sim(zone).engine.callsBetween(span.fromMs, span.toMs, asternicNowMs(zone));
  return { span, calls };
}

type Report = 'summary' | 'series' | 'agents' | 'external-numbers';
const routes = {
  summary: summaryRoute,
  series: seriesRoute,
  agents: agentsRoute,
  'external-numbers': externalNumbersRoute,
} as const;

async function stats(report: Report, zone: ContractZone, query: string, filter?: AsternicFilter) {
  const id = asternicSourceIds[zone];
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter ?? {})) {
    if (typeof value === 'string') params.set(name, value);
  }
  const path = `/api/v1/sources/${id}/${report}?${query}${params.size ? `&${params}` : ''}`;
  return callRoute(routes[report], path, { id });
}

it('lists both sources with every capability', async () => {
  const { status, body } = await callRoute(sourcesRoute, '/api/v1/sources', {});
  expect(status).toBe(200);
  const { sources } = SourcesResponse.parse(body);
  for (const zone of contractZones) {
    expect(sources.find((s) => s.id === asternicSourceIds[zone])).toMatchObject({
      kind: 'asternic',
      timezone: zone,
      capabilities: {
        summary: true,
        series: ['hour', 'day', 'month'],
        agents: true,
        externalNumbers: true,
        liveQueues: true,
      },
    });
  }
});

describe.each(contractZones)('Asternic source in %s', (zone) => {
  const id = asternicSourceIds[zone];

  it.each(contractRanges)('summary over $name equals the recount', async (range) => {
    const { status, body } = await stats('summary', zone, queryOf(range));
    expect(status).toBe(200);
    const summary = SummaryResponse.parse(body);
    expectEnvelope(summary, id, range, zone);
    const { calls } = callsIn(zone, range);
    expect(calls.length).toBeGreaterThan(0);
    const { incoming, outgoing, internal } = summary;
    expect({ incoming, outgoing, internal }).toEqual(asternicSummary(calls));
  });

  // Every series reuses the report cells the summary fetched (one window per day or closed
  // month), so even hourly over the whole month costs no extra upstream request.
  describe.each(buckets)('series by %s', (bucket) => {
    it.each(contractRanges)('over $name: one zero-filled point per bucket', async (range) => {
      const { status, body } = await stats('series', zone, queryOf(range, bucket));
      expect(status).toBe(200);
      const series = SeriesResponse.parse(body);
      expectEnvelope(series, id, range, zone);
      expect(series.bucket).toBe(bucket);
      const { span, calls } = callsIn(zone, range);
      const starts = bucketsOf(span, bucket, zone).map((b) => b.start);
      expect(series.points.map((p) => p.start)).toEqual(starts);
      expect(series.points).toEqual(asternicSeries(calls, span, bucket, zone));
    });
  });

  it.each(contractRanges)('agents over $name equal the recount', async (range) => {
    const { status, body } = await stats('agents', zone, queryOf(range));
    expect(status).toBe(200);
    const agents = AgentsResponse.parse(body);
    expectEnvelope(agents, id, range, zone);
    const byName = [...agents.agents].sort((a, b) => a.id.localeCompare(b.id));
    const truth = asternicAgents(callsIn(zone, range).calls);
    expect(byName).toEqual([...truth].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it.each(contractRanges)('external numbers over $name equal the recount', async (range) => {
    const { status, body } = await stats('external-numbers', zone, queryOf(range));
    expect(status).toBe(200);
    const numbers = ExternalNumbersResponse.parse(body);
    expectEnvelope(numbers, id, range, zone);
    const sorted = [...numbers.numbers].sort((a, b) => a.number.localeCompare(b.number));
    expect(sorted).toEqual(asternicExternalNumbers(callsIn(zone, range).calls));
  });

  // The adapter sends `secondsstart` and `secondsend` = to − 1 s, read as one continuous range;
  // a call entering in the first or last second counts once, and not in the following range.
  it('counts calls entering in the first and the last second of a range once', async () => {
    const hour = fixture
      .sim(zone)
      .engine.callsBetween(
        DateTime.fromISO('2026-03-10T09:00', { zone }).toMillis(),
        DateTime.fromISO('2026-03-10T10:00', { zone }).toMillis(),
      )
      .filter((c) => c.queue !== null);
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
      const { status, body } = await stats('summary', zone, queryOf(range));
      expect(status).toBe(200);
      const summary = SummaryResponse.parse(body);
      expect(summary.from).toBe(echoOf(range.from, zone));
      const { incoming, outgoing, internal } = summary;
      expect({ incoming, outgoing, internal }).toEqual(asternicSummary(callsIn(zone, range).calls));
    }
  });
});

/** One filter of each kind, each against the recount with the same filter. */
describe.each(contractZones)('Asternic filters in %s', (zone) => {
  const [oneHour, acrossMidnight, monthBoundary, wholeMonth] = contractRanges;
  if (!oneHour || !acrossMidnight || !monthBoundary || !wholeMonth) throw new Error('ranges');

  const cases: [string, AsternicFilter, ContractRange][] = [
    ['queue', { queue: 'sales' }, acrossMidnight],
    ['agent', { agent: 'Aziz Rakhimov' }, monthBoundary],
    ['externalNumber', { externalNumber: '781130591' }, wholeMonth],
  ];

  describe.each(cases)('by %s', (_name, filter, range) => {
    it(`summary over ${range.name}`, async () => {
      const { status, body } = await stats('summary', zone, queryOf(range), filter);
      expect(status).toBe(200);
      const { incoming, outgoing, internal } = SummaryResponse.parse(body);
      const truth = asternicSummary(callsIn(zone, range).calls, filter);
      expect(truth.incoming?.answered).toBeGreaterThan(0);
      expect({ incoming, outgoing, internal }).toEqual(truth);
    });

    it(`series by hour over ${range.name}`, async () => {
      const { status, body } = await stats('series', zone, queryOf(range, 'hour'), filter);
      expect(status).toBe(200);
      const { span, calls } = callsIn(zone, range);
      expect(SeriesResponse.parse(body).points).toEqual(
        asternicSeries(calls, span, 'hour', zone, filter),
      );
    });

    it(`agents over ${range.name}`, async () => {
      const { status, body } = await stats('agents', zone, queryOf(range), filter);
      expect(status).toBe(200);
      const agents = [...AgentsResponse.parse(body).agents];
      agents.sort((a, b) => a.id.localeCompare(b.id));
      const truth = asternicAgents(callsIn(zone, range).calls, filter);
      expect(agents).toEqual(truth.sort((a, b) => a.id.localeCompare(b.id)));
    });

    it(`external numbers over ${range.name}`, async () => {
      const { status, body } = await stats('external-numbers', zone, queryOf(range), filter);
      expect(status).toBe(200);
      const numbers = [...ExternalNumbersResponse.parse(body).numbers];
      numbers.sort((a, b) => a.number.localeCompare(b.number));
      expect(numbers).toEqual(asternicExternalNumbers(callsIn(zone, range).calls, filter));
    });
  });
});

describe('Asternic errors', () => {
  const range = contractRanges[0] ?? { name: '', from: '', to: '' };

  // Asternic declares every capability and every filter, so no request of this API can be
  // "unsupported" (422); that path is covered by the kinds that lack one.
  it('an unknown source is 404', async () => {
    const path = `/api/v1/sources/nope/summary?${queryOf(range)}`;
    expectApiError(await callRoute(summaryRoute, path, { id: 'nope' }), 404, 'not_found');
  });

  it.each([
    ['an unknown bucket', `${queryOf(range)}&bucket=week`],
    ['a date that does not exist', 'from=2026-02-30&to=2026-03-01&bucket=day'],
    ['to before from', 'from=2026-03-10T11:00&to=2026-03-10T10:00&bucket=hour'],
    ['hours over more than 31 days', 'from=2026-01-01&to=2026-02-15&bucket=hour'],
    ['an unknown parameter', `${queryOf(range)}&bucket=day&queue_id=1`],
    ['an external number that is not a number', `${queryOf(range)}&bucket=day&externalNumber=x1`],
  ])('%s is 400', async (_what, query) => {
    expectApiError(await stats('series', 'UTC', query), 400, 'bad_request');
  });
});

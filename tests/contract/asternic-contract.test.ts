import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as summaryRoute } from '@/app/api/v1/sources/[id]/summary/route';
import {
  AgentsResponse,
  ExternalNumbersResponse,
  SeriesResponse,
  SummaryResponse,
} from '@/lib/model/stats';
import { callRoute } from '../support/app-under-test';
import { asternicSourceIds, startAsternicFixture, type AsternicFixture } from './asternic-support';
import {
  asternicAgents,
  asternicExternalNumbers,
  asternicSeries,
  asternicSummary,
  type AsternicFilter,
} from './asternic-truth';
import {
  agentsAnswered,
  badRequestCases,
  expectBoundarySummaries,
  expectSourcesListed,
  itExternalNumbersEqualRecount,
  itSeriesByBucketEqualsRecount,
  itSummaryEqualsRecount,
  statsRoutes,
  type ContractSource,
  type StatsReport,
} from './contract-checks';
import {
  contractRanges,
  contractZones,
  expectApiError,
  queryOf,
  type ContractRange,
  type ContractZone,
} from './truth-helpers';

let fixture: AsternicFixture;

beforeAll(async () => {
  fixture = await startAsternicFixture();
});

afterAll(async () => {
  await fixture.close();
});

const callsIn = (zone: ContractZone, range: ContractRange) => fixture.callsIn(zone, range);

async function stats(
  report: StatsReport,
  zone: ContractZone,
  query: string,
  filter?: AsternicFilter,
) {
  const id = asternicSourceIds[zone];
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter ?? {})) {
    if (typeof value === 'string') params.set(name, value);
  }
  const path = `/api/v1/sources/${id}/${report}?${query}${params.size ? `&${params}` : ''}`;
  return callRoute(statsRoutes[report], path, { id });
}

it('lists both sources with every capability', async () => {
  await expectSourcesListed(asternicSourceIds, 'asternic', {
    summary: true,
    series: ['hour', 'day', 'month'],
    agents: true,
    externalNumbers: true,
    liveQueues: true,
  });
});

describe.each(contractZones)('Asternic source in %s', (zone) => {
  const source: ContractSource = {
    zone,
    sourceId: asternicSourceIds[zone],
    call: (report, query) => stats(report, zone, query),
    callsIn: (range) => callsIn(zone, range),
  };

  itSummaryEqualsRecount(source, asternicSummary);

  // Every series reuses the report cells the summary fetched (one window per day or closed
  // month), so even hourly over the whole month costs no extra upstream request.
  itSeriesByBucketEqualsRecount(source, asternicSeries);

  it.each(contractRanges)('agents over $name equal the recount', async (range) => {
    const agents = await agentsAnswered(source, range);
    const byName = [...agents].sort((a, b) => a.id.localeCompare(b.id));
    const truth = asternicAgents(callsIn(zone, range).calls);
    expect(byName).toEqual([...truth].sort((a, b) => a.id.localeCompare(b.id)));
  });

  itExternalNumbersEqualRecount(source, asternicExternalNumbers);

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
    await expectBoundarySummaries(source, hour, asternicSummary);
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
    ...badRequestCases(queryOf(range)),
    ['an external number that is not a number', `${queryOf(range)}&bucket=day&externalNumber=x1`],
  ])('%s is 400', async (_what, query) => {
    expectApiError(await stats('series', 'UTC', query), 400, 'bad_request');
  });
});

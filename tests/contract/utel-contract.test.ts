import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as liveRoute } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as summaryRoute } from '@/app/api/v1/sources/[id]/summary/route';
import { SeriesResponse } from '@/lib/model/stats';
import { callRoute } from '../support/app-under-test';
import {
  agentsAnswered,
  badRequestCases,
  callReport,
  expectBoundarySummaries,
  expectSourcesListed,
  itExternalNumbersEqualRecount,
  itLongRangeEqualsRecount,
  itSeriesByBucketEqualsRecount,
  itSummaryEqualsRecount,
  sourceIn,
  type StatsReport,
} from './contract-checks';
import { startContractFixture, type ContractFixture } from './contract-fixture';
import {
  acrossMidnight,
  contractNowMs,
  contractRanges,
  contractZones,
  expectApiError,
  expectZeroFilled,
  queryOf,
  type ContractRange,
  type ContractZone,
} from './truth-helpers';
import { utelAgents, utelExternalNumbers, utelSeries, utelSummary } from './utel-truth';

let fixture: ContractFixture;

const sourceIds: Record<ContractZone, string> = {
  'Asia/Tashkent': 'utel-tashkent',
  UTC: 'utel-utc',
};

beforeAll(async () => {
  fixture = await startContractFixture({
    nowMs: () => contractNowMs,
    // The frozen clock keeps Laravel's 60/min throttle from resetting, so it is switched off.
    simOptions: () => ({ utel: { rateLimitPerMinute: 0 } }),
    sourceYaml: (zone, simUrl) => `
  - id: ${sourceIds[zone]}
    kind: utel
    timezone: ${zone}
    baseUrl: ${simUrl}/utel/api/v1
    email: wallboard@callboard.demo
    password: utel-demo-password`,
  });
});

afterAll(async () => {
  await fixture.close();
});

const callsIn = (zone: ContractZone, range: ContractRange) => fixture.callsIn(zone, range);

function stats(report: StatsReport, zone: ContractZone, query: string) {
  return callReport(sourceIds[zone], report, query);
}

it('lists both sources with every UTEL report but live queues', async () => {
  await expectSourcesListed(sourceIds, 'utel', {
    summary: true,
    series: ['hour', 'day', 'month'],
    agents: true,
    externalNumbers: true,
    liveQueues: false,
  });
});

describe.each(contractZones)('UTEL source in %s', (zone) => {
  const source = sourceIn(zone, sourceIds[zone], callsIn);

  itSummaryEqualsRecount(source, utelSummary);

  // Native series cost one request whatever the length, so every bucket of every range is checked.
  itSeriesByBucketEqualsRecount(source, utelSeries);

  it.each(contractRanges)('agents over $name equal the recount', async (range) => {
    const agents = await agentsAnswered(source, range);
    // The order of agents is not part of the contract; compare by extension.
    const byNumber = [...agents].sort((a, b) => Number(a.id) - Number(b.id));
    expect(byNumber).toEqual(utelAgents(callsIn(zone, range).calls));
  });

  itExternalNumbersEqualRecount(source, utelExternalNumbers);

  itLongRangeEqualsRecount(source, utelSummary, utelSeries);

  // Hours without calls must read 0, not "cannot tell": the night hours crossing midnight.
  it('series by hour gives 0, not null, where a direction had no calls', async () => {
    const query = queryOf(acrossMidnight, 'hour');
    const { body } = await stats('series', zone, query);
    const { span, calls } = callsIn(zone, acrossMidnight);
    expectZeroFilled(SeriesResponse.parse(body).points, utelSeries(calls, span, 'hour', zone));
  });

  // The adapter sends `to − 1 s` and the simulator reads `to` inclusively: a call starting in the
  // first or the last second of a range must count exactly once, and not in the next range.
  it('counts calls in the first and the last second of a range once', async () => {
    const day = fixture
      .sim(zone)
      .engine.callsBetween(
        DateTime.fromISO('2026-03-10T09:00', { zone }).toMillis(),
        DateTime.fromISO('2026-03-10T10:00', { zone }).toMillis(),
      );
    await expectBoundarySummaries(source, day, utelSummary);
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

  it.each(badRequestCases(queryOf(range)))('%s is 400', async (_what, query) => {
    expectApiError(await stats('series', 'UTC', query), 400, 'bad_request');
  });
});

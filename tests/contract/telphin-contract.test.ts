import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { GET as agentsRoute } from '@/app/api/v1/sources/[id]/agents/route';
import { GET as externalNumbersRoute } from '@/app/api/v1/sources/[id]/external-numbers/route';
import { GET as liveRoute } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as summaryRoute } from '@/app/api/v1/sources/[id]/summary/route';
import { SeriesResponse } from '@/lib/model/stats';
import { callRoute } from '../support/app-under-test';
import {
  badRequestCases,
  callReport,
  expectBoundarySummaries,
  expectSeriesEqualsRecount,
  expectSourcesListed,
  itLongRangeEqualsRecount,
  itSummaryEqualsRecount,
  sourceIn,
  type StatsReport,
} from './contract-checks';
import { startContractFixture, type ContractFixture } from './contract-fixture';
import { telphinSeries, telphinSummary } from './telphin-truth';
import {
  acrossMidnight,
  contractNowMs,
  contractRanges,
  contractZones,
  expectApiError,
  expectZeroFilled,
  oneHour,
  queryOf,
  type Bucket,
  type ContractRange,
  type ContractZone,
} from './truth-helpers';

let fixture: ContractFixture;

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
  fixture = await startContractFixture({
    nowMs: () => contractNowMs,
    sourceYaml: (zone, simUrl) => `
  - id: ${sourceIds[zone]}
    kind: telphin
    timezone: ${zone}
    baseUrl: ${simUrl}/telphin
    clientId: callboard-demo
    clientSecret: telphin-demo-secret`,
  });
});

afterAll(async () => {
  await fixture.close();
});

const callsIn = (zone: ContractZone, range: ContractRange) => fixture.callsIn(zone, range);

function stats(report: StatsReport, zone: ContractZone, query: string) {
  return callReport(sourceIds[zone], report, query);
}

it('lists both sources with summary and derived series only', async () => {
  await expectSourcesListed(sourceIds, 'telphin', {
    summary: true,
    series: ['hour', 'day', 'month'],
    agents: false,
    externalNumbers: false,
    liveQueues: false,
  });
});

describe.each(contractZones)('Telphin source in %s', (zone) => {
  const source = sourceIn(zone, sourceIds[zone], callsIn);

  itSummaryEqualsRecount(source, telphinSummary);

  itLongRangeEqualsRecount(source, telphinSummary, telphinSeries);

  it.each(seriesCases)(
    'series by %s over %s: one zero-filled point per bucket',
    (bucket, _name, range) => expectSeriesEqualsRecount(source, range, bucket, telphinSeries),
  );

  // Hours without calls must read 0, not "cannot tell": the night hours crossing midnight.
  it('series by hour gives 0, not null, where a direction had no calls', async () => {
    const query = queryOf(acrossMidnight, 'hour');
    const { body } = await stats('series', zone, query);
    const { span, calls } = callsIn(zone, acrossMidnight);
    expectZeroFilled(SeriesResponse.parse(body).points, telphinSeries(calls, span, 'hour', zone));
  });

  // The adapter sends the range's last second as `end_datetime`: a call starting in the first or
  // the last second of a range must count exactly once, and not in the next range.
  it('counts calls in the first and the last second of a range once', async () => {
    const hour = fixture
      .sim(zone)
      .engine.callsBetween(
        DateTime.fromISO('2026-03-10T09:00', { zone }).toMillis(),
        DateTime.fromISO('2026-03-10T10:00', { zone }).toMillis(),
      );
    await expectBoundarySummaries(source, hour, telphinSummary);
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

  it.each(badRequestCases(query))('%s is 400', async (_what, q) => {
    expectApiError(await stats('series', 'UTC', q), 400, 'bad_request');
  });

  it('a filter Telphin cannot honour is 422, not silently ignored', async () => {
    expectApiError(await stats('summary', 'UTC', `${query}&agent=101`), 422, 'unsupported');
  });
});

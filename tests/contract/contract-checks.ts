import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
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
  type AgentStats,
  type ExternalNumberStats,
  type SeriesPoint,
  type SummaryData,
} from '@/lib/model/stats';
import type { CallRecord } from '@/sim/engine/types';
import { callRoute } from '../support/app-under-test';
import {
  bucketsOf,
  contractRanges,
  contractZones,
  directionsOf,
  echoOf,
  expectEnvelope,
  longRangeTimeoutMs,
  overAYear,
  queryOf,
  type Bucket,
  type ContractRange,
  type ContractZone,
  type Span,
} from './truth-helpers';

/**
 * The checks every kind with summary/series (and, where declared, agents and external numbers)
 * runs per range against its own independent recount. The kind's test file supplies how to call
 * its source and where the ground-truth calls come from; the expected values always come from the
 * kind's truth function.
 */

export type StatsReport = 'summary' | 'series' | 'agents' | 'external-numbers';

export const statsRoutes = {
  summary: summaryRoute,
  series: seriesRoute,
  agents: agentsRoute,
  'external-numbers': externalNumbersRoute,
} as const;

/** `GET /api/v1/sources/{id}/{report}?{query}`. */
export function callReport(sourceId: string, report: StatsReport, query: string) {
  return callRoute(statsRoutes[report], `/api/v1/sources/${sourceId}/${report}?${query}`, {
    id: sourceId,
  });
}

/** One source of a kind in one zone, as the checks call it. */
export interface ContractSource {
  /** Any IANA zone (`ContractZone` for the ranges every kind runs; others for summer time). */
  zone: string;
  sourceId: string;
  /** `GET /api/v1/sources/{id}/{report}?{query}` of this source. */
  call(report: StatsReport, query: string): Promise<{ status: number; body: unknown }>;
  /** Ground-truth calls of a range, with the range's span in the zone. */
  callsIn(range: ContractRange): { span: Span; calls: CallRecord[] };
}

/** A source called through `callReport`, whose ground truth is `callsIn` of its zone. */
export function sourceIn(
  zone: ContractZone,
  sourceId: string,
  callsIn: (zone: ContractZone, range: ContractRange) => { span: Span; calls: CallRecord[] },
): ContractSource {
  return {
    zone,
    sourceId,
    call: (report, query) => callReport(sourceId, report, query),
    callsIn: (range) => callsIn(zone, range),
  };
}

export type SummaryTruth = (calls: readonly CallRecord[]) => SummaryData;
export type SeriesTruth = (
  calls: readonly CallRecord[],
  span: Span,
  bucket: Bucket,
  zone: string,
) => SeriesPoint[];

/** `GET /api/v1/sources` lists the source of each zone with the kind's capabilities. */
export async function expectSourcesListed(
  sourceIds: Record<ContractZone, string>,
  kind: string,
  capabilities: Record<string, unknown>,
): Promise<void> {
  const { status, body } = await callRoute(sourcesRoute, '/api/v1/sources', {});
  expect(status).toBe(200);
  const { sources } = SourcesResponse.parse(body);
  for (const zone of contractZones) {
    expect(sources.find((s) => s.id === sourceIds[zone])).toMatchObject({
      kind,
      timezone: zone,
      capabilities,
    });
  }
}

/** `it.each(contractRanges)('summary over $name equals the recount')`. */
export function itSummaryEqualsRecount(source: ContractSource, truth: SummaryTruth): void {
  it.each(contractRanges)('summary over $name equals the recount', async (range) => {
    const { status, body } = await source.call('summary', queryOf(range));
    expect(status).toBe(200);
    const summary = SummaryResponse.parse(body);
    expectEnvelope(summary, source.sourceId, range, source.zone);
    const { calls } = source.callsIn(range);
    expect(calls.length).toBeGreaterThan(0);
    expect(directionsOf(summary)).toEqual(truth(calls));
  });
}

/** A series answer over a range: one zero-filled point per bucket, equal to the recount. */
export async function expectSeriesEqualsRecount(
  source: ContractSource,
  range: ContractRange,
  bucket: Bucket,
  truth: SeriesTruth,
): Promise<void> {
  const { zone } = source;
  const { status, body } = await source.call('series', queryOf(range, bucket));
  expect(status).toBe(200);
  const series = SeriesResponse.parse(body);
  expectEnvelope(series, source.sourceId, range, zone);
  expect(series.bucket).toBe(bucket);
  const { span, calls } = source.callsIn(range);
  const starts = bucketsOf(span, bucket, zone).map((b) => b.start);
  expect(series.points.map((p) => p.start)).toEqual(starts);
  expect(series.points).toEqual(truth(calls, span, bucket, zone));
}

/** `describe.each(buckets)('series by %s')` of `it.each(contractRanges)('over $name: …')`. */
export function itSeriesByBucketEqualsRecount(source: ContractSource, truth: SeriesTruth): void {
  const buckets: readonly Bucket[] = ['hour', 'day', 'month'];
  describe.each(buckets)('series by %s', (bucket) => {
    it.each(contractRanges)('over $name: one zero-filled point per bucket', (range) =>
      expectSeriesEqualsRecount(source, range, bucket, truth),
    );
  });
}

/**
 * Over more than a year, which no upstream accepts in one request (the simulators refuse it): the
 * summary and the monthly series still equal the recount, from one request per calendar year.
 */
export function itLongRangeEqualsRecount(
  source: ContractSource,
  summaryTruth: SummaryTruth,
  seriesTruth: SeriesTruth,
): void {
  it(
    `summary over ${overAYear.name} equals the recount`,
    async () => {
      const { status, body } = await source.call('summary', queryOf(overAYear));
      expect(status).toBe(200);
      expect(directionsOf(SummaryResponse.parse(body))).toEqual(
        summaryTruth(source.callsIn(overAYear).calls),
      );
    },
    longRangeTimeoutMs,
  );
  it(
    `series by month over ${overAYear.name} equals the recount`,
    () => expectSeriesEqualsRecount(source, overAYear, 'month', seriesTruth),
    longRangeTimeoutMs,
  );
}

/** The agents answer over a range, after its envelope is checked (order as the API gave it). */
export async function agentsAnswered(
  source: ContractSource,
  range: ContractRange,
): Promise<AgentStats[]> {
  const { status, body } = await source.call('agents', queryOf(range));
  expect(status).toBe(200);
  const agents = AgentsResponse.parse(body);
  expectEnvelope(agents, source.sourceId, range, source.zone);
  return agents.agents;
}

/** `it.each(contractRanges)('external numbers over $name equal the recount')`, by number. */
export function itExternalNumbersEqualRecount(
  source: ContractSource,
  truth: (calls: readonly CallRecord[]) => ExternalNumberStats[],
): void {
  it.each(contractRanges)('external numbers over $name equal the recount', async (range) => {
    const { status, body } = await source.call('external-numbers', queryOf(range));
    expect(status).toBe(200);
    const numbers = ExternalNumbersResponse.parse(body);
    expectEnvelope(numbers, source.sourceId, range, source.zone);
    const sorted = [...numbers.numbers].sort((a, b) => a.number.localeCompare(b.number));
    expect(sorted).toEqual(truth(source.callsIn(range).calls));
  });
}

/**
 * From the first call to just after the last of `calls` (which must be in order), and the hour
 * after: a call in the first or the last second of a range counts once, and not in the next.
 */
export function boundaryRanges(calls: readonly CallRecord[], zone: string): ContractRange[] {
  const first = calls[0];
  const last = calls.at(-1);
  if (!first || !last) throw new Error('no calls to put on the boundary');
  const local = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
  const inner = {
    name: 'first to last call',
    from: local(first.enterMs),
    to: local(last.enterMs + 1000),
  };
  const after = { name: 'after', from: inner.to, to: local(last.enterMs + 3_600_000) };
  return [inner, after];
}

/** The summary of each boundary range echoes its `from` and equals the recount. */
export async function expectBoundarySummaries(
  source: ContractSource,
  calls: readonly CallRecord[],
  truth: SummaryTruth,
): Promise<void> {
  for (const range of boundaryRanges(calls, source.zone)) {
    const { status, body } = await source.call('summary', queryOf(range));
    expect(status).toBe(200);
    const summary = SummaryResponse.parse(body);
    expect(summary.from).toBe(echoOf(range.from, source.zone));
    expect(directionsOf(summary)).toEqual(truth(source.callsIn(range).calls));
  }
}

/** Bad requests every kind answers 400 (`query` is a valid range without a bucket). */
export function badRequestCases(query: string): [string, string][] {
  return [
    ['an unknown bucket', `${query}&bucket=week`],
    ['a date that does not exist', 'from=2026-02-30&to=2026-03-01&bucket=day'],
    ['to before from', 'from=2026-03-10T11:00&to=2026-03-10T10:00&bucket=hour'],
    ['hours over more than 31 days', 'from=2026-01-01&to=2026-02-15&bucket=hour'],
    ['an unknown parameter', `${query}&bucket=day&queue_id=1`],
  ];
}

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
  SeriesResponse,
  SummaryResponse,
  type AgentStats,
  type SeriesPoint,
  type SummaryData,
} from '@/lib/model/stats';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { callRoute, installAppContext, uninstallAppContext } from '../support/app-under-test';
import {
  contractRanges,
  expectApiError,
  expectEnvelope,
  inZone,
  localIso,
  simNowMs,
  type ContractRange,
} from './telecomx-support';
import { longRangeTimeoutMs, overAYear } from './truth-helpers';
import { agentsTruth, callsIn, seriesTruth, summaryTruth, tallyEmployees } from './telecomx-truth';

/**
 * Telecom X contract: the normalized API of a source in Asia/Tashkent (machine token) and one in
 * UTC (username/password login) equals a recount of the simulator's calls, for every range and
 * every capability the source declares. Each source points at a simulator running in its own zone:
 * interval keys are computed in the simulator's zone and read in the source's (both READMEs).
 */

const machineToken = 'contract-machine-token-0123456789abcdef';
const login = { username: 'contract@callboard.example', password: 'contract-telecomx-pass' };

interface Case {
  id: string;
  zone: string;
  sim: () => RunningSimulator;
}

let tashkent: RunningSimulator;
let utc: RunningSimulator;
let app: AppContext;

const cases: Case[] = [
  { id: 'tx-tash', zone: 'Asia/Tashkent', sim: () => tashkent },
  { id: 'tx-utc', zone: 'UTC', sim: () => utc },
];

beforeAll(async () => {
  tashkent = await startSimulator({
    port: 0,
    timeZone: 'Asia/Tashkent',
    clock: manualClock(simNowMs),
    cacheDays: 480,
    telecomx: { machineToken },
  });
  utc = await startSimulator({
    port: 0,
    timeZone: 'UTC',
    clock: manualClock(simNowMs),
    cacheDays: 480,
    telecomx: login,
  });
  app = installAppContext(`
  - id: tx-tash
    kind: telecomx
    baseUrl: ${tashkent.url}/telecomx
    timezone: Asia/Tashkent
    token: ${machineToken}
  - id: tx-utc
    kind: telecomx
    baseUrl: ${utc.url}/telecomx
    timezone: UTC
    username: ${login.username}
    password: ${login.password}`);
});

afterAll(async () => {
  uninstallAppContext(app);
  await Promise.all([tashkent.close(), utc.close()]);
});

const buckets = ['hour', 'day', 'month'] as const;

/**
 * The simulator counts failed outbound calls apart from the unanswered ones (see the report and
 * the test "outgoing notAnswered" below); every other figure is compared here, that one there.
 */
function withoutOutgoingNotAnswered<T extends { outgoing: { notAnswered: number | null } | null }>(
  value: T,
): T {
  return value.outgoing ? { ...value, outgoing: { ...value.outgoing, notAnswered: null } } : value;
}

async function summaryOf(c: Case, range: ContractRange) {
  const zoned = inZone(range, c.zone);
  const result = await callRoute(summaryRoute, `/api/v1/sources/${c.id}/summary?${zoned.query}`, {
    id: c.id,
  });
  const { calls, rings } = callsIn(c.sim().engine, +zoned.from, +zoned.to);
  const truth = summaryTruth(tallyEmployees(c.sim().engine, calls, rings));
  return { result, body: SummaryResponse.parse(result.body), truth, zoned };
}

async function agentsOf(c: Case, range: ContractRange, filter = '') {
  const zoned = inZone(range, c.zone);
  const path = `/api/v1/sources/${c.id}/agents?${zoned.query}${filter}`;
  const result = await callRoute(agentsRoute, path, { id: c.id });
  const { calls, rings } = callsIn(c.sim().engine, +zoned.from, +zoned.to);
  const truth = agentsTruth(tallyEmployees(c.sim().engine, calls, rings));
  return { result, body: AgentsResponse.parse(result.body), truth, zoned };
}

async function seriesOf(c: Case, range: ContractRange, bucket: (typeof buckets)[number]) {
  const zoned = inZone(range, c.zone);
  const path = `/api/v1/sources/${c.id}/series?${zoned.query}&bucket=${bucket}`;
  const result = await callRoute(seriesRoute, path, { id: c.id });
  const truth = seriesTruth(c.sim().engine, zoned.from, zoned.to, bucket, (start) =>
    localIso(start, c.zone),
  );
  return { result, body: SeriesResponse.parse(result.body), truth, zoned };
}

/** Agents in extension order without the vendor id (checked for shape separately). */
function byExtension(agents: readonly AgentStats[]) {
  return [...agents]
    .sort((a, b) => (a.extension ?? '').localeCompare(b.extension ?? ''))
    .map(({ id: _id, ...rest }) => rest);
}

const seriesCases = contractRanges.flatMap((range) =>
  buckets.map((bucket) => [range.name, bucket, range] as const),
);

describe.each(cases)('Telecom X source $id ($zone)', (c) => {
  it('declares summary, hour/day/month series and agents', async () => {
    const result = await callRoute(sourcesRoute, '/api/v1/sources', {});
    const source = SourcesResponse.parse(result.body).sources.find((s) => s.id === c.id);
    expect(source?.timezone).toBe(c.zone);
    expect(source?.capabilities).toEqual({
      summary: true,
      series: ['hour', 'day', 'month'],
      agents: true,
      externalNumbers: false,
      liveQueues: false,
      filters: ['agent'],
    });
  });

  it.each(contractRanges)('summary over $name equals the recount', async (range) => {
    const { result, body, truth, zoned } = await summaryOf(c, range);
    expectEnvelope(result.status, body, { source: c.id, range: zoned, zone: c.zone });
    const data: SummaryData = {
      incoming: body.incoming,
      outgoing: body.outgoing,
      internal: body.internal,
    };
    expect(withoutOutgoingNotAnswered(data)).toEqual(withoutOutgoingNotAnswered(truth));
    // A range with no calls would prove nothing.
    expect(truth.incoming?.total).toBeGreaterThan(0);
  });

  // More than the 366 days one cdrstats request may span: one request per calendar year, added up.
  it(
    `summary and agents over ${overAYear.name} equal the recount`,
    async () => {
      const summary = await summaryOf(c, overAYear);
      expect(summary.result.status).toBe(200);
      const { incoming, outgoing, internal } = summary.body;
      expect({ incoming, outgoing, internal }).toEqual(summary.truth);
      const agents = await agentsOf(c, overAYear);
      expect(agents.result.status).toBe(200);
      expect(byExtension(agents.body.agents)).toEqual(agents.truth);
    },
    longRangeTimeoutMs,
  );

  it.each(contractRanges)('agents over $name equal the recount', async (range) => {
    const { result, body, truth, zoned } = await agentsOf(c, range);
    expectEnvelope(result.status, body, { source: c.id, range: zoned, zone: c.zone });
    // One row per employee, calls or not; ids are the vendor's 24-hex employee ids.
    expect(new Set(body.agents.map((agent) => agent.id)).size).toBe(truth.length);
    for (const agent of body.agents) expect(agent.id).toMatch(/^[0-9a-f]{24}$/i);
    expect(byExtension(body.agents).map(withoutOutgoingNotAnswered)).toEqual(
      truth.map(withoutOutgoingNotAnswered),
    );
  });

  it.each(seriesCases)('series over %s by %s equals the recount', async (_name, bucket, range) => {
    const { result, body, truth, zoned } = await seriesOf(c, range, bucket);
    expectEnvelope(result.status, body, { source: c.id, range: zoned, zone: c.zone });
    expect(body.bucket).toBe(bucket);
    // Zero-filled: exactly one point per bucket, in order, each starting with the zone's offset.
    expect(body.points.map((point) => point.start.replace(/Z$/, '+00:00'))).toEqual(
      truth.map((point) => point.start),
    );
    const strip = (point: SeriesPoint) => ({ ...withoutOutgoingNotAnswered(point), start: '' });
    expect(body.points.map(strip)).toEqual(truth.map(strip));
  });

  it.each(contractRanges)(
    'outgoing notAnswered over $name counts failed calls too (summary, agents, series)',
    async (range) => {
      const summary = await summaryOf(c, range);
      expect(summary.body.outgoing?.notAnswered).toBe(summary.truth.outgoing?.notAnswered);
      const agents = await agentsOf(c, range);
      expect(byExtension(agents.body.agents).map((a) => a.outgoing?.notAnswered)).toEqual(
        agents.truth.map((a) => a.outgoing.notAnswered),
      );
      const series = await seriesOf(c, range, 'day');
      expect(series.body.points.map((p) => p.outgoing?.notAnswered)).toEqual(
        series.truth.map((p) => p.outgoing?.notAnswered),
      );
    },
  );

  it('puts a call that starts on a range boundary in the later range only', async () => {
    // Calls start on whole seconds, so the first answered one after 10:00 ends [10:00, its start).
    const engine = c.sim().engine;
    const tenOClock = DateTime.fromISO('2026-03-10T10:00', { zone: c.zone });
    const call = engine
      .callsBetween(+tenOClock, +tenOClock.plus({ hours: 1 }))
      .find((candidate) => candidate.outcome === 'answered' && candidate.agentId !== null);
    if (!call) throw new Error('no answered call between 10 and 11');
    const boundary = DateTime.fromMillis(call.enterMs, { zone: c.zone });
    const local = (value: DateTime) => value.toFormat("yyyy-MM-dd'T'HH:mm:ss");
    for (const [from, to] of [
      [tenOClock, boundary],
      [boundary, boundary.plus({ hours: 1 })],
    ] as const) {
      const path = `/api/v1/sources/${c.id}/summary?from=${local(from)}&to=${local(to)}`;
      const body = SummaryResponse.parse((await callRoute(summaryRoute, path, { id: c.id })).body);
      const { calls, rings } = callsIn(engine, +from, +to);
      const truth = summaryTruth(tallyEmployees(engine, calls, rings));
      expect(withoutOutgoingNotAnswered(body)).toMatchObject(withoutOutgoingNotAnswered(truth));
    }
  });

  it('filters agents by extension and by employee id', async () => {
    const [range] = contractRanges;
    if (!range) throw new Error('no range');
    const all = await agentsOf(c, range);
    const one = all.body.agents.find((agent) => agent.extension === '104');
    if (!one) throw new Error('extension 104 missing');
    for (const filter of [`&agent=104`, `&agent=${one.id}`]) {
      const filtered = await agentsOf(c, range, filter);
      expect(filtered.result.status).toBe(200);
      expect(filtered.body.agents).toEqual([one]);
      const summary = await callRoute(
        summaryRoute,
        `/api/v1/sources/${c.id}/summary?${filtered.zoned.query}${filter}`,
        { id: c.id },
      );
      const body = SummaryResponse.parse(summary.body);
      expect(body.incoming?.total).toBe(one.incoming?.calls);
      expect(body.outgoing?.total).toBe(one.outgoing?.calls);
    }
  });

  it('answers 422 for what it cannot give, 404 for an unknown source, 400 for bad input', async () => {
    const query = 'from=2026-03-10&to=2026-03-10';
    const params = { id: c.id };
    const base = `/api/v1/sources/${c.id}`;
    expectApiError(
      await callRoute(externalNumbersRoute, `${base}/external-numbers?${query}`, params),
      422,
      'unsupported',
    );
    expectApiError(await callRoute(liveRoute, `${base}/queues/live`, params), 422, 'unsupported');
    expectApiError(
      await callRoute(summaryRoute, `/api/v1/sources/nope/summary?${query}`, { id: 'nope' }),
      404,
      'not_found',
    );
    for (const [handler, bad] of [
      [summaryRoute, 'summary?from=2026-02-30&to=2026-03-01'],
      [summaryRoute, 'summary?from=2026-03-10&to=2026-03-09'],
      [agentsRoute, `agents?${query}&colour=red`],
      [seriesRoute, `series?${query}&bucket=week`],
      [seriesRoute, 'series?from=2026-01-01&to=2026-02-28&bucket=hour'],
    ] as const) {
      expectApiError(await callRoute(handler, `${base}/${bad}`, params), 400, 'bad_request');
    }
  });
});

describe('Telecom X auth paths', () => {
  it('the token source never logs in; the login source does', () => {
    const logins = (sim: RunningSimulator) =>
      sim.requests().byApi.telecomx?.byPath['/auth/login'] ?? 0;
    expect(logins(tashkent)).toBe(0);
    expect(logins(utc)).toBeGreaterThan(0);
    expect(tashkent.requests().byApi.telecomx?.byPath['/pbx/cdrstats']).toBeGreaterThan(0);
  });
});

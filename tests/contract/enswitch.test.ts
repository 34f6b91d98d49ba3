import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as agentsRoute } from '@/app/api/v1/sources/[id]/agents/route';
import { GET as externalNumbersRoute } from '@/app/api/v1/sources/[id]/external-numbers/route';
import { GET as seriesRoute } from '@/app/api/v1/sources/[id]/series/route';
import { GET as summaryRoute } from '@/app/api/v1/sources/[id]/summary/route';
import { GET as sourcesRoute } from '@/app/api/v1/sources/route';
import { SourcesResponse } from '@/lib/model/source';
import { AgentsResponse, SummaryResponse } from '@/lib/model/stats';
import type { AppContext } from '@/lib/server/app-context';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { callRoute, installAppContext, uninstallAppContext } from '../support/app-under-test';
import { agentsTruth, enswitchQueues, summaryTruth } from './enswitch-truth';
// The ranges and envelope checks are the same for every kind this engineer covers.
import {
  contractRanges,
  expectApiError,
  expectEnvelope,
  inZone,
  simNowMs,
  type ContractRange,
} from './telecomx-support';

/**
 * Enswitch contract: summary (answered + talk time only) and per-member agents of a source in
 * Asia/Tashkent (all five simulator queues) and one in UTC (three of them) equal a recount of the
 * simulator's calls for every range. Series and external numbers are not offered: 422.
 */

const credentials = { username: 'contract-enswitch', password: 'contract;enswitch&pass' };

interface Case {
  id: string;
  zone: string;
  queues: number[];
  sim: () => RunningSimulator;
}

let tashkent: RunningSimulator;
let utc: RunningSimulator;
let app: AppContext;

const cases: Case[] = [
  { id: 'ens-tash', zone: 'Asia/Tashkent', queues: [123, 124, 125, 126, 127], sim: () => tashkent },
  { id: 'ens-utc', zone: 'UTC', queues: [124, 126, 127], sim: () => utc },
];

beforeAll(async () => {
  const start = (timeZone: string) =>
    startSimulator({
      port: 0,
      timeZone,
      clock: manualClock(simNowMs),
      enswitch: credentials,
    });
  [tashkent, utc] = await Promise.all([start('Asia/Tashkent'), start('UTC')]);
  // The password holds ";" and "&", both separators to the simulator: the adapter must encode it.
  const yaml = (c: Case, url: string) => `
  - id: ${c.id}
    kind: enswitch
    baseUrl: ${url}/enswitch
    timezone: ${c.zone}
    username: ${credentials.username}
    password: "${credentials.password}"
    queues: [${c.queues.join(', ')}]`;
  const [tash, inUtc] = cases;
  if (!tash || !inUtc) throw new Error('cases missing');
  app = installAppContext(yaml(tash, tashkent.url) + yaml(inUtc, utc.url));
});

afterAll(async () => {
  uninstallAppContext(app);
  await Promise.all([tashkent.close(), utc.close()]);
});

async function summaryOf(c: Case, query: string) {
  const path = `/api/v1/sources/${c.id}/summary?${query}`;
  const result = await callRoute(summaryRoute, path, { id: c.id });
  return { result, body: SummaryResponse.parse(result.body) };
}

function truthFor(c: Case, queues: number[], range: { from: DateTime; to: DateTime }) {
  const engine = c.sim().engine;
  return {
    summary: summaryTruth(engine, queues, +range.from, +range.to),
    agents: agentsTruth(engine, queues, +range.from, +range.to),
  };
}

describe.each(cases)('Enswitch source $id ($zone)', (c) => {
  it('declares summary, agents and live queues, no series', async () => {
    const result = await callRoute(sourcesRoute, '/api/v1/sources', {});
    const source = SourcesResponse.parse(result.body).sources.find((s) => s.id === c.id);
    expect(source?.timezone).toBe(c.zone);
    expect(source?.capabilities).toEqual({
      summary: true,
      series: [],
      agents: true,
      externalNumbers: false,
      liveQueues: true,
      filters: ['queue'],
    });
  });

  it.each(contractRanges)('summary over $name equals the recount', async (range: ContractRange) => {
    const zoned = inZone(range, c.zone);
    const { result, body } = await summaryOf(c, zoned.query);
    expectEnvelope(result.status, body, { source: c.id, range: zoned, zone: c.zone });
    const truth = truthFor(c, c.queues, zoned).summary;
    expect({ incoming: body.incoming, outgoing: body.outgoing, internal: body.internal }).toEqual(
      truth,
    );
    expect(truth.incoming?.answered).toBeGreaterThan(0);
  });

  it.each(contractRanges)('agents over $name equal the recount', async (range: ContractRange) => {
    const zoned = inZone(range, c.zone);
    const path = `/api/v1/sources/${c.id}/agents?${zoned.query}`;
    const result = await callRoute(agentsRoute, path, { id: c.id });
    const body = AgentsResponse.parse(result.body);
    expectEnvelope(result.status, body, { source: c.id, range: zoned, zone: c.zone });
    const sorted = [...body.agents].sort((a, b) =>
      (a.extension ?? '').localeCompare(b.extension ?? ''),
    );
    expect(sorted).toEqual(truthFor(c, c.queues, zoned).agents);
  });

  it('filters by one configured queue and refuses an unconfigured one', async () => {
    const [queue] = c.queues.slice(-1);
    if (queue === undefined) throw new Error('no queue');
    const zoned = inZone({ name: 'day', from: '2026-03-10', to: '2026-03-10' }, c.zone);
    const path = `/api/v1/sources/${c.id}/agents?${zoned.query}&queue=${queue}`;
    const agents = AgentsResponse.parse((await callRoute(agentsRoute, path, { id: c.id })).body);
    const truth = truthFor(c, [queue], zoned);
    expect(agents.agents).toEqual(truth.agents);
    expect(truth.agents.length).toBeGreaterThan(0);
    const { body } = await summaryOf(c, `${zoned.query}&queue=${queue}`);
    expect(body.incoming).toEqual(truth.summary.incoming);
    const unconfigured = `/api/v1/sources/${c.id}/summary?${zoned.query}&queue=122`;
    expectApiError(await callRoute(summaryRoute, unconfigured, { id: c.id }), 400, 'bad_request');
  });

  it('puts a call that enters on a range boundary in the later range only', async () => {
    // The first answered call of the configured queues after 10:00 local on 2026-03-10: queue
    // entries are whole seconds, so one lands exactly on the end of [10:00, its entry).
    const engine = c.sim().engine;
    const tenOClock = DateTime.fromISO('2026-03-10T10:00', { zone: c.zone });
    const call = engine
      .callsBetween(+tenOClock, +tenOClock.plus({ hours: 1 }))
      .find(
        (candidate) =>
          candidate.outcome === 'answered' &&
          c.queues.some((id) => enswitchQueues[id] === candidate.queue),
      );
    if (!call) throw new Error('no answered call between 10 and 11');
    const boundary = DateTime.fromMillis(call.enterMs, { zone: c.zone });
    const at = boundary.toFormat("yyyy-MM-dd'T'HH:mm:ss");
    const before = { from: tenOClock, to: boundary };
    const after = { from: boundary, to: boundary.plus({ hours: 1 }) };
    const first = await summaryOf(c, `from=2026-03-10T10:00&to=${at}`);
    const second = await summaryOf(
      c,
      `from=${at}&to=${after.to.toFormat("yyyy-MM-dd'T'HH:mm:ss")}`,
    );
    expect(first.body.incoming).toEqual(truthFor(c, c.queues, before).summary.incoming);
    expect(second.body.incoming).toEqual(truthFor(c, c.queues, after).summary.incoming);
  });

  it('answers 422 for series and external numbers, 404 for an unknown source, 400 for bad input', async () => {
    const query = 'from=2026-03-10&to=2026-03-10';
    const params = { id: c.id };
    const base = `/api/v1/sources/${c.id}`;
    for (const bucket of ['hour', 'day', 'month']) {
      expectApiError(
        await callRoute(seriesRoute, `${base}/series?${query}&bucket=${bucket}`, params),
        422,
        'unsupported',
      );
    }
    expectApiError(
      await callRoute(externalNumbersRoute, `${base}/external-numbers?${query}`, params),
      422,
      'unsupported',
    );
    expectApiError(
      await callRoute(agentsRoute, `/api/v1/sources/nope/agents?${query}`, { id: 'nope' }),
      404,
      'not_found',
    );
    for (const bad of [
      'summary?from=2026-13-01&to=2026-13-02',
      `summary?${query}&format=pdf`,
      'agents?from=2026-03-10',
    ]) {
      const handler = bad.startsWith('summary') ? summaryRoute : agentsRoute;
      expectApiError(await callRoute(handler, `${base}/${bad}`, params), 400, 'bad_request');
    }
  });
});

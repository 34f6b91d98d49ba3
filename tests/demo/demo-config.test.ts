import { FanoutHub } from '@/lib/server/live/fanout/fanout-hub';
import { StreamRegistry } from '@/lib/server/live/stream-registry';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as agents } from '@/app/api/v1/sources/[id]/agents/route';
import { GET as externalNumbers } from '@/app/api/v1/sources/[id]/external-numbers/route';
import { GET as liveQueues } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as series } from '@/app/api/v1/sources/[id]/series/route';
import { GET as summary } from '@/app/api/v1/sources/[id]/summary/route';
import { GET as sources } from '@/app/api/v1/sources/route';
import { parseConfigText } from '@/lib/config/load-config';
import { resolveSources } from '@/lib/config/resolve-sources';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import { SourcesResponse, type SourceInfo } from '@/lib/model/source';
import {
  AgentsResponse,
  ExternalNumbersResponse,
  SeriesResponse,
  SummaryResponse,
} from '@/lib/model/stats';
import { createProvider, defaultRefreshSeconds } from '@/lib/providers/registry';
import type { AppContext } from '@/lib/server/app-context';
import { SourceRuntime } from '@/lib/server/sources/source-runtime';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import { apiToken, callRoute, uninstallAppContext } from '../support/app-under-test';

const env = {
  SIM_ASTERNIC_PASSWORD: 'demo-asternic',
  SIM_UTEL_EMAIL: 'wallboard@callboard.demo',
  SIM_UTEL_PASSWORD: 'demo-utel',
  SIM_TELPHIN_CLIENT_ID: 'callboard-demo',
  SIM_TELPHIN_CLIENT_SECRET: 'demo-telphin',
  SIM_TELECOMX_TOKEN: 'demo-telecomx-token',
  SIM_ENSWITCH_USER: 'callboard',
  SIM_ENSWITCH_PASSWORD: 'demo-enswitch',
  AUTH_SECRET: 'demo-test-session-secret',
  DEMO_ADMIN_PASSWORD: 'demo-admin',
  // One zone for all: this test runs every source against the simulator's shared engine.
  SIM_TZ_HQ: 'Asia/Tashkent',
  SIM_TZ_CLOUD: 'Asia/Tashkent',
  SIM_TZ_RU: 'Asia/Tashkent',
  SIM_TZ_DK: 'Asia/Tashkent',
  SIM_TZ_SWITCH: 'Asia/Tashkent',
};

let sim: RunningSimulator;
let app: AppContext;
let listed: SourceInfo[];

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    asternic: { password: env.SIM_ASTERNIC_PASSWORD },
    utel: { email: env.SIM_UTEL_EMAIL, password: env.SIM_UTEL_PASSWORD },
    telphin: { clientId: env.SIM_TELPHIN_CLIENT_ID, clientSecret: env.SIM_TELPHIN_CLIENT_SECRET },
    telecomx: { machineToken: env.SIM_TELECOMX_TOKEN },
    enswitch: { username: env.SIM_ENSWITCH_USER, password: env.SIM_ENSWITCH_PASSWORD },
  });
  // The demo file as shipped, with an API token added so the routes can be called directly.
  const text = readFileSync('demo/callboard.demo.yaml', 'utf8').replace(
    '  users:',
    `  apiTokens: [{ name: test, token: ${apiToken}, role: manager }]\n  users:`,
  );
  const config = parseConfigText(text, 'demo.yaml', { ...env, SIM_PORT: String(sim.port) });
  const runtimes = resolveSources(config, defaultRefreshSeconds).map(
    (s) => new SourceRuntime(s, createProvider(s)),
  );
  app = {
    config,
    sources: new Map(runtimes.map((r) => [r.source.id, r])),
    streams: new StreamRegistry(),
    fanout: new FanoutHub(),
  };
  Object.assign(globalThis, { [Symbol.for('callboard.appContext')]: app });
  const listing = await callRoute(sources, '/api/v1/sources', {});
  listed = SourcesResponse.parse(listing.body).sources;
});

afterAll(async () => {
  uninstallAppContext(app);
  await sim.close();
});

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const range = `from=${yesterday}&to=${yesterday}`;

describe('the demo configuration', () => {
  it('has one healthy source of each kind', () => {
    expect(listed.map((s) => s.kind).sort()).toEqual([
      'asternic',
      'enswitch',
      'telecomx',
      'telphin',
      'utel',
    ]);
    expect(listed.every((s) => s.health.status === 'ok')).toBe(true);
  });

  it('answers every declared capability of every source, and 422 for the rest', async () => {
    for (const source of listed) {
      const { id, capabilities } = source;
      const expectRoute = async (
        supported: boolean,
        run: () => ReturnType<typeof callRoute>,
        schema: { parse: (v: unknown) => unknown },
      ) => {
        const result = await run();
        expect(result.status, `${id}: ${result.text.slice(0, 200)}`).toBe(supported ? 200 : 422);
        if (supported) schema.parse(result.body);
      };
      const params = { id };
      const base = `/api/v1/sources/${id}`;
      await expectRoute(
        capabilities.summary,
        () => callRoute(summary, `${base}/summary?${range}`, params),
        SummaryResponse,
      );
      for (const bucket of ['hour', 'day', 'month'] as const) {
        await expectRoute(
          capabilities.series.includes(bucket),
          () => callRoute(series, `${base}/series?bucket=${bucket}&${range}`, params),
          SeriesResponse,
        );
      }
      await expectRoute(
        capabilities.agents,
        () => callRoute(agents, `${base}/agents?${range}`, params),
        AgentsResponse,
      );
      await expectRoute(
        capabilities.externalNumbers,
        () => callRoute(externalNumbers, `${base}/external-numbers?${range}`, params),
        ExternalNumbersResponse,
      );
      await expectRoute(
        capabilities.liveQueues,
        () => callRoute(liveQueues, `${base}/queues/live`, params),
        LiveQueuesResponse,
      );
    }
  }, 120_000);
});

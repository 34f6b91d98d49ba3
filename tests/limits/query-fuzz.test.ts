import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as agents } from '@/app/api/v1/sources/[id]/agents/route';
import { GET as externalNumbers } from '@/app/api/v1/sources/[id]/external-numbers/route';
import { GET as liveQueues } from '@/app/api/v1/sources/[id]/queues/live/route';
import { GET as series } from '@/app/api/v1/sources/[id]/series/route';
import { GET as summary } from '@/app/api/v1/sources/[id]/summary/route';
import type { AppContext } from '@/lib/server/app-context';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import {
  asternicSourceYaml,
  callRoute,
  installAppContext,
  simPassword,
  uninstallAppContext,
} from '../support/app-under-test';

/** Values no parameter accepts: traversal, encodings, URLs, IP literals, controls, huge. */
const hostile = [
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%252e%252e%252f',
  'http://evil.example/x',
  '//evil.example',
  'file:///etc/passwd',
  '127.0.0.1:6379',
  '[::1]',
  '\u0000',
  'a\r\nX-Injected: 1',
  '<script>alert(1)</script>',
  '😀'.repeat(40),
  'x'.repeat(100_000),
  '9'.repeat(400),
  '2026-01-01;DROP TABLE calls',
];

/** Odd numbers and dates: legitimate queue or agent names, hostile to every other parameter. */
const malformed = [
  '0x7f000001',
  '-1',
  '1e309',
  'NaN',
  '2026-13-45',
  '2026-02-30',
  '0001-01-01',
  '9999-12-31',
  '2026-01-01T24:00',
  '2026-01-01T99:99:99',
  ' 2026-01-01',
];

const namesAllowedAnyWord = new Set(['queue', 'agent']);
const valuesFor = (param: string) =>
  namesAllowedAnyWord.has(param) ? hostile : [...hostile, ...malformed];

const routes = [
  { name: 'summary', handler: summary, base: {} },
  { name: 'agents', handler: agents, base: {} },
  { name: 'external-numbers', handler: externalNumbers, base: {} },
  { name: 'series', handler: series, base: { bucket: 'day' } },
] as const;

const params = ['from', 'to', 'bucket', 'externalNumber', 'queue', 'agent', 'format'];

let sim: RunningSimulator;
let app: AppContext;

beforeAll(async () => {
  // Hundreds of requests from one token: the per-caller limit would answer most of them 429,
  // which is a 4xx too, and hide what this test is about (the parameters' own refusals).
  vi.stubEnv('CALLBOARD_API_REQUESTS_PER_MINUTE', '0');
  sim = await startSimulator({ port: 0, asternic: { password: simPassword } });
  app = installAppContext(asternicSourceYaml(sim.url));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  uninstallAppContext(app);
  await sim.close();
});

/**
 * A refusal may cost at most 100 ms of this process's CPU: what stalled the server before (building
 * every month start of 0001–9999) was seconds of CPU. Wall time is bounded too, but at 1 s: on a
 * shared 2-core machine at load 15 a 20 ms refusal was measured at 165 ms of wall time, which is
 * the scheduler's doing, not the route's.
 */
function tooSlow(result: { ms: number; cpuMs: number }): boolean {
  return result.cpuMs > 100 || result.ms > 1000;
}

function upstreamRequests(): number {
  return sim.requests().total;
}

describe('every statistics parameter refuses hostile values', () => {
  it('with a 4xx naming the problem, quickly, and without calling the upstream', async () => {
    // One refusal first, so that compiling the route's code is not timed as its answer.
    for (const route of routes) {
      await callRoute(route.handler, `/api/v1/sources/hq/${route.name}?from=x`, { id: 'hq' });
    }
    sim.resetRequests();
    const failures: string[] = [];
    let calls = 0;
    for (const route of routes) {
      for (const param of params) {
        for (const value of valuesFor(param)) {
          // A valid range beside the hostile value, so only that value can be refused.
          const query = new URLSearchParams({
            from: '2026-01-05',
            to: '2026-01-06',
            ...route.base,
          });
          query.set(param, value);
          const path = `/api/v1/sources/hq/${route.name}?${query}`;
          const result = await callRoute(route.handler, path, { id: 'hq' });
          calls += 1;
          const refused = result.status >= 400 && result.status < 500 && result.status !== 429;
          const explained = /"message":"[^"]+"/.test(result.text);
          if (!refused || !explained || tooSlow(result)) {
            failures.push(
              `${route.name} ${param}=${value.slice(0, 40)} → ${result.status} in ${Math.round(result.ms)} ms (${Math.round(result.cpuMs)} ms CPU)`,
            );
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(routes.length * params.length * hostile.length);
    expect(failures).toEqual([]);
    expect(upstreamRequests()).toBe(0);
  });

  it('refuses repeated parameters and unknown ones, and hostile source ids, the same way', async () => {
    sim.resetRequests();
    const cases: [typeof summary, string, { id: string }][] = [
      [summary, '/api/v1/sources/hq/summary?from=2026-01-05&from=2026-01-06', { id: 'hq' }],
      [
        summary,
        '/api/v1/sources/hq/summary?to=2026-01-06&to=2026-01-07&from=2026-01-05',
        { id: 'hq' },
      ],
      [series, '/api/v1/sources/hq/series?bucket=day&bucket=hour', { id: 'hq' }],
      [
        summary,
        '/api/v1/sources/hq/summary?from=2026-01-05&to=2026-01-06&url=http://x',
        { id: 'hq' },
      ],
      [summary, '/api/v1/sources/..%2F..%2Fetc/summary', { id: '../../etc' }],
      [liveQueues, '/api/v1/sources/%2e%2e/queues/live', { id: '..' }],
      [agents, `/api/v1/sources/${'h'.repeat(5000)}/agents`, { id: 'h'.repeat(5000) }],
    ];
    for (const [handler, path, routeParams] of cases) {
      const result = await callRoute(handler, path, routeParams);
      expect(result.status, path.slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(result.status, path.slice(0, 80)).toBeLessThan(500);
      expect(result.status, path.slice(0, 80)).not.toBe(429);
      expect(tooSlow(result), `${path.slice(0, 80)}: ${Math.round(result.cpuMs)} ms CPU`).toBe(
        false,
      );
    }
    expect(upstreamRequests()).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as liveQueues } from '@/app/api/v1/sources/[id]/queues/live/route';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import type { AppContext } from '@/lib/server/app-context';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import type { FaultMode } from '@/sim/faults/types';
import {
  asternicSourceYaml,
  callRoute,
  installAppContext,
  simPassword,
  uninstallAppContext,
} from '../support/app-under-test';

const periodMs = 1000;
/** The load timeout SourceRuntime derives for a 1 s period, plus scheduling slack. */
const answerWithinMs = 1000 + 700;

let sim: RunningSimulator;
let app: AppContext;
const logged: string[] = [];
const originalWrite = process.stderr.write.bind(process.stderr);

beforeAll(async () => {
  sim = await startSimulator({ port: 0, asternic: { password: simPassword } });
  app = installAppContext(asternicSourceYaml(sim.url), (source) => ({
    ...source,
    refreshSeconds: periodMs / 1000,
  }));
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    logged.push(String(chunk));
    return originalWrite(chunk, ...rest);
  }) as typeof process.stderr.write;
});

afterAll(async () => {
  process.stderr.write = originalWrite;
  uninstallAppContext(app);
  await sim.close();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readLive() {
  const result = await callRoute(liveQueues, '/api/v1/sources/hq/queues/live', { id: 'hq' });
  expect(result.text).not.toContain(simPassword);
  return { ...result, live: LiveQueuesResponse.parse(result.body) };
}

/** Waits out the current period so the next read makes a new upstream attempt. */
async function nextPeriod() {
  await wait(periodMs + 100);
}

const failing: [FaultMode, RegExp, object?][] = [
  ['hang', /no answer within/],
  ['slow', /no answer within/, { delayMs: 3000 }],
  ['http-500', /HTTP 500/],
  ['http-502', /HTTP 502/],
  ['http-503', /HTTP 503/],
  ['reset', /connection reset|network error/],
  ['truncated', /not valid JSON|network error|connection reset/],
  ['malformed-json', /not valid JSON/],
  ['schema-missing', /unexpected answer shape \(waiting calls/],
  ['expired-token', /authentication failed/],
  ['rate-limit', /rate limited/, { retryAfterSeconds: 1 }],
  ['html', /not valid JSON \(an HTML page\)/],
];

describe('live queues under every upstream fault', () => {
  it('starts fresh', async () => {
    const { status, live } = await readLive();
    expect(status).toBe(200);
    expect(live.stale).toBe(false);
    expect(live.queues.length).toBeGreaterThan(0);
  });

  it.each(failing)(
    '%s: answers in time with the last good data, stale with age and reason, then recovers',
    async (mode, reason, options = {}) => {
      await nextPeriod();
      const before = await readLive();
      expect(before.live.stale).toBe(false);

      sim.faults.set('asternic', { mode, ...options });
      await nextPeriod();
      const during = await readLive();
      expect(during.status).toBe(200);
      expect(during.ms).toBeLessThan(answerWithinMs);
      expect(during.live.stale).toBe(true);
      expect(during.live.staleReason).toMatch(reason);
      expect(during.live.fetchedAt).toBe(before.live.fetchedAt);
      expect(during.live.queues).toEqual(before.live.queues);
      expect(during.live.ageSeconds).toBeGreaterThanOrEqual(1);

      sim.faults.clear();
      await nextPeriod();
      const after = await readLive();
      expect(after.live.stale).toBe(false);
      expect(after.live.fetchedAt).not.toBe(before.live.fetchedAt);
    },
  );

  it.each(['trailing-comma', 'schema-extra'] as const)(
    '%s: a tolerated quirk keeps the data fresh',
    async (mode) => {
      sim.faults.set('asternic', { mode });
      await nextPeriod();
      const during = await readLive();
      expect(during.live.stale).toBe(false);
      expect(during.live.queues.length).toBeGreaterThan(0);
      sim.faults.clear();
    },
  );

  it('never logged a secret', () => {
    expect(logged.join('\n')).not.toContain(simPassword);
  });
});

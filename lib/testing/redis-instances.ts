import { afterAll, afterEach, beforeAll } from 'vitest';
import { LiveChannel } from '@/lib/server/live/live-channel';
import { RedisCoordinator, type CoordinatorLogEntry } from '@/lib/server/redis/redis-coordinator';
import { startTestRedisServer, type TestRedisServer } from './redis-server';

/** Short enough for fast tests; the lock outlives a stalled event loop of up to 2 periods. */
export const periodMs = 200;
export const lockTtlMs = 3 * periodMs;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 20 ms; fails with `what` when it is still false after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** A fake upstream shared by all instances: each load returns the count of loads so far. */
export function countingUpstream() {
  const calls: { by: string; at: number }[] = [];
  return {
    calls,
    load: async (by: string) => {
      calls.push({ by, at: Date.now() });
      await sleep(15);
      return calls.length;
    },
    /** Milliseconds between consecutive loads, whoever made them. */
    gaps: () => calls.slice(1).map((call, i) => call.at - (calls[i]?.at ?? call.at)),
    loaders: () => new Set(calls.map((call) => call.by)),
  };
}

export type Upstream = ReturnType<typeof countingUpstream>;

export interface Seen {
  value: number | undefined;
  fetchedAtMs: number | undefined;
  stale: boolean;
}

/** One simulated app instance: its own Redis connections and its own channel for `key`. */
export function startInstance(name: string, url: string, key: string, upstream: Upstream) {
  const logs: CoordinatorLogEntry[] = [];
  const coordinator = new RedisCoordinator({
    url,
    instanceId: name,
    reconnectMaxMs: 200,
    commandTimeoutMs: 1000,
    log: (entry) => logs.push(entry),
  });
  const channel = new LiveChannel<number>({
    load: () => upstream.load(name),
    periodMs,
    loadTimeoutMs: 150,
    coordination: { coordinator, key, lockTtlMs },
  });
  const seen: Seen[] = [];
  const watch = () =>
    channel.subscribe(({ value, fetchedAtMs, stale }) => seen.push({ value, fetchedAtMs, stale }));
  const lastValue = () => seen.at(-1)?.value;
  const close = async () => {
    await channel.close();
    await coordinator.quit();
  };
  return { name, coordinator, channel, seen, watch, lastValue, logs, close };
}

export type Instance = ReturnType<typeof startInstance>;

/** One redis-server for the test file; `start` makes instances that share a fresh key. */
export function setUpRedisInstances() {
  let server: TestRedisServer | undefined;
  let instances: Instance[] = [];
  let keys = 0;
  const redis = () => {
    if (!server) throw new Error('redis-server has not started');
    return server;
  };
  beforeAll(async () => {
    server = await startTestRedisServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    instances = [];
  });
  const start = (names: string[], upstream: Upstream): Instance[] => {
    const key = `test-${process.pid}-${++keys}:queues-live`;
    const started = names.map((name) => startInstance(name, redis().url, key, upstream));
    instances.push(...started);
    return started;
  };
  /** Two instances, `a` leading (it starts first) and `b` following with a first value. */
  const startPair = async (upstream: Upstream) => {
    const [a, b] = start(['a', 'b'], upstream);
    if (!a || !b) throw new Error('two instances expected');
    a.watch();
    await waitFor(() => a.channel.role === 'leader', 2000, 'a to lead');
    b.watch();
    await waitFor(() => b.lastValue() !== undefined, 2000, 'b to show a value');
    return { a, b };
  };
  return { redis, start, startPair };
}

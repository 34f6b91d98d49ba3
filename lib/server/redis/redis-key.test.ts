import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SharedState } from '@/lib/server/live/coordinator';
import { RedisCoordinator } from './redis-coordinator';
import { startTestRedisServer, type TestRedisServer } from '@/lib/testing/redis-server';

let server: TestRedisServer;
const coordinators: RedisCoordinator[] = [];

beforeAll(async () => {
  server = await startTestRedisServer();
});
afterAll(async () => {
  await Promise.all(coordinators.map((c) => c.quit()));
  await server.stop();
});

function coordinator(prefix: string): RedisCoordinator {
  const made = new RedisCoordinator({ url: server.url, prefix, log: () => undefined });
  coordinators.push(made);
  return made;
}

const join = (c: RedisCoordinator, isValue?: (value: unknown) => boolean) =>
  c.join<number[]>('hq:queues-live', {
    periodMs: 1000,
    lockTtlMs: 2500,
    onShared: () => undefined,
    onReleased: () => undefined,
    ...(isValue ? { isValue } : {}),
  });

const state = (value: unknown): SharedState<number[]> =>
  ({ value, fetchedAtMs: 1, lastAttemptMs: 1, failures: 0 }) as SharedState<number[]>;

describe('RedisKey', () => {
  it('keeps deployments with different prefixes apart in one Redis', async () => {
    const a = join(coordinator('site-a'));
    const b = join(coordinator('site-b'));
    expect(await a.claim()).toBe('leader');
    expect(await b.claim()).toBe('leader');
    await a.share(state([1, 2]));
    expect((await a.fetch())?.value).toEqual([1, 2]);
    expect(await b.fetch()).toBeUndefined();
  });

  it('ignores a shared value that fails the owner’s check instead of showing it', async () => {
    const isNumbers = (value: unknown) =>
      Array.isArray(value) && value.every((n) => typeof n === 'number');
    const writer = join(coordinator('site-c'));
    const reader = join(coordinator('site-c'), isNumbers);
    expect(await writer.claim()).toBe('leader');
    await writer.share(state(['not', 'numbers']));
    expect(await reader.fetch()).toBeUndefined();
    await writer.share(state([3]));
    expect((await reader.fetch())?.value).toEqual([3]);
  });
});

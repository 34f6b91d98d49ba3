import { describe, expect, it } from 'vitest';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { RefreshCache } from './refresh-cache';

function setup(load: () => Promise<number>) {
  let now = 1_000_000;
  let calls = 0;
  const cache = new RefreshCache<number>({
    load: () => {
      calls += 1;
      return load();
    },
    periodMs: 5000,
    loadTimeoutMs: 200,
    now: () => now,
  });
  return {
    cache,
    calls: () => calls,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('RefreshCache', () => {
  it('makes one load per period however many readers ask at once', async () => {
    let value = 0;
    const t = setup(async () => {
      await new Promise((r) => setTimeout(r, 10));
      return ++value;
    });
    const reads = await Promise.all(Array.from({ length: 50 }, () => t.cache.read()));
    expect(t.calls()).toBe(1);
    expect(reads.every((r) => r.value === 1 && !r.stale)).toBe(true);
    t.advance(4999);
    await t.cache.read();
    expect(t.calls()).toBe(1);
    t.advance(1);
    expect((await t.cache.read()).value).toBe(2);
    expect(t.calls()).toBe(2);
  });

  it('keeps the last good value, marked stale with the reason, and recovers', async () => {
    let fail = false;
    const t = setup(async () => {
      if (fail) throw new UpstreamError('auth', 'asternic realtime: authentication failed');
      return 7;
    });
    await t.cache.read();
    fail = true;
    t.advance(5000);
    const stale = await t.cache.read();
    expect(stale).toMatchObject({ value: 7, stale: true });
    expect(stale.staleReason).toBe('asternic realtime: authentication failed');
    expect(stale.fetchedAtMs).toBe(1_000_000);
    // A failure is not retried before the next period: the upstream gets one request per period.
    await t.cache.read();
    expect(t.calls()).toBe(2);
    fail = false;
    t.advance(5000);
    expect(await t.cache.read()).toMatchObject({ value: 7, stale: false, fetchedAtMs: 1_010_000 });
  });

  it('gives up on a hanging load after its timeout', async () => {
    const t = setup(() => new Promise<number>(() => undefined));
    const started = Date.now();
    const result = await t.cache.read();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ value: undefined, stale: true });
    expect(result.staleReason).toBe('no answer within 200 ms');
  });

  it('never leaks a non-upstream error message', async () => {
    const t = setup(async () => {
      throw new Error('password=hunter2 at line 3');
    });
    const result = await t.cache.read();
    expect(result.staleReason).toBe('internal error while reading the source');
  });

  it('waits as long as a 429 asks before the next load', async () => {
    let limited = true;
    const t = setup(async () => {
      if (limited) {
        throw new UpstreamError('rate-limit', 'stats: rate limited', { retryAfterSeconds: 60 });
      }
      return 1;
    });
    await t.cache.read();
    limited = false;
    t.advance(5000);
    await t.cache.read();
    expect(t.calls()).toBe(1);
    t.advance(55_000);
    expect(await t.cache.read()).toMatchObject({ value: 1, stale: false });
    expect(t.calls()).toBe(2);
  });
});

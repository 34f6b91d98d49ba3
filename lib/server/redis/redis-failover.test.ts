import { describe, expect, it } from 'vitest';
import {
  countingUpstream,
  lockTtlMs,
  periodMs,
  sleep,
  setUpRedisInstances,
  waitFor,
} from '@/lib/testing/redis-instances';

const { redis, startPair } = setUpRedisInstances();

/** Generous on a busy 2-core machine; the logic itself needs at most one TTL plus one period. */
const slackMs = 700;

describe('RedisCoordinator failover', () => {
  it('hands the lead to a follower within about one lock TTL when the leader dies', async () => {
    const upstream = countingUpstream();
    const { a, b } = await startPair(upstream);
    // A crash: the connections drop and nothing is released, so the lock has to lapse.
    a.coordinator.disconnect();
    void a.channel.close();
    const diedAt = Date.now();
    await waitFor(
      () => upstream.calls.some((call) => call.by === 'b'),
      lockTtlMs + periodMs + slackMs,
      'b to take over',
    );
    const tookOverMs = Date.now() - diedAt;
    const valuesBefore = b.seen.length;
    await waitFor(() => b.seen.length >= valuesBefore + 2, 4 * periodMs, 'b to keep updating');
    expect(b.channel.role).toBe('leader');
    expect(tookOverMs).toBeGreaterThan(lockTtlMs - periodMs - 50);
    expect(Math.min(...upstream.gaps())).toBeGreaterThanOrEqual(periodMs - 5);
    // The screen was never blanked: at worst it showed the last value, marked stale.
    expect(b.seen.every((s) => s.value !== undefined)).toBe(true);
  });

  it('hands the lead over at once when the leader stops cleanly', async () => {
    const upstream = countingUpstream();
    const { a, b } = await startPair(upstream);
    await a.channel.close();
    const closedAt = Date.now();
    await waitFor(() => b.channel.role === 'leader', periodMs + slackMs, 'b to lead');
    expect(Date.now() - closedAt).toBeLessThan(periodMs + slackMs);
    const before = upstream.calls.length;
    await waitFor(() => upstream.calls.length >= before + 2, 4 * periodMs, 'b to load');
    expect(upstream.calls.slice(before).every((call) => call.by === 'b')).toBe(true);
    // The new leader kept the old one's schedule: still one load per period.
    expect(Math.min(...upstream.gaps())).toBeGreaterThanOrEqual(periodMs - 5);
  });

  it('keeps every instance serving while Redis is down, and shares again once it is back', async () => {
    const upstream = countingUpstream();
    const { a, b } = await startPair(upstream);
    await redis().stop();
    const outage = upstream.calls.length;
    const seenBefore = { a: a.seen.length, b: b.seen.length };
    await sleep(4 * periodMs);
    // Both fell back to polling alone; screens and readers kept getting fresh values.
    const [readA, readB] = await Promise.all([a.channel.read(), b.channel.read()]);
    expect(readA.value).toBeDefined();
    expect(readB.value).toBeDefined();
    expect([a.channel.role, b.channel.role]).toEqual(['local', 'local']);
    const duringOutage = upstream.calls.slice(outage);
    expect(new Set(duringOutage.map((call) => call.by))).toEqual(new Set(['a', 'b']));
    expect(a.seen.length).toBeGreaterThan(seenBefore.a);
    expect(b.seen.length).toBeGreaterThan(seenBefore.b);
    for (const instance of [a, b]) {
      expect(instance.logs.filter((entry) => entry.level === 'warn')).toHaveLength(1);
    }

    await redis().start();
    await waitFor(
      () =>
        [a, b]
          .map((i) => i.channel.role)
          .sort()
          .join() === 'follower,leader',
      3000,
      'one leader and one follower again',
    );
    const recovered = upstream.calls.length;
    await sleep(5 * periodMs);
    const afterRecovery = upstream.calls.slice(recovered);
    expect(afterRecovery.length).toBeGreaterThanOrEqual(3);
    expect(new Set(afterRecovery.map((call) => call.by)).size).toBe(1);
    await waitFor(
      () => [a, b].every((i) => i.lastValue() === upstream.calls.length),
      2 * periodMs,
      'both screens to show the latest load',
    );
    for (const instance of [a, b]) {
      expect(instance.logs.map((entry) => entry.level)).toEqual(['warn', 'info']);
    }
  });
});

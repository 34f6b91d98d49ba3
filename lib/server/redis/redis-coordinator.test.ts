import { describe, expect, it } from 'vitest';
import {
  countingUpstream,
  periodMs,
  sleep,
  setUpRedisInstances,
  waitFor,
} from '@/lib/testing/redis-instances';

const { start } = setUpRedisInstances();

describe('RedisCoordinator with LiveChannel', () => {
  it('makes one upstream load per period for all instances and pushes each to every screen', async () => {
    const upstream = countingUpstream();
    const all = start(['a', 'b', 'c'], upstream);
    all.forEach((instance) => instance.watch());
    await sleep(1500);
    const [a, b, c] = all.map((instance) => instance.seen);
    // Compare once every instance has the latest value (pushes take a moment to land).
    await waitFor(
      () => all.every((instance) => instance.lastValue() === upstream.calls.length),
      1000,
      'every instance to show the latest load',
    );
    expect(upstream.loaders().size).toBe(1);
    expect(upstream.calls.length).toBeGreaterThanOrEqual(4);
    expect(upstream.calls.length).toBeLessThanOrEqual(1500 / periodMs + 2);
    expect(Math.min(...upstream.gaps())).toBeGreaterThanOrEqual(periodMs - 5);
    // Same values, same fetch times (the leader's) and no staleness on every instance.
    expect(a?.map((s) => s.value)).toEqual(upstream.calls.map((_, i) => i + 1));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a?.every((s) => !s.stale)).toBe(true);
    const roles = all.map((instance) => instance.channel.role).sort();
    expect(roles).toEqual(['follower', 'follower', 'leader']);
  });

  it("serves a follower's polling readers from the leader's loads, never loading itself", async () => {
    const upstream = countingUpstream();
    const [a, b] = start(['a', 'b'], upstream);
    if (!a || !b) throw new Error('two instances expected');
    a.watch();
    await waitFor(() => a.channel.role === 'leader', 2000, 'a to lead');
    const answers: { value: number | undefined; fetchedAtMs: number | undefined }[] = [];
    for (let i = 0; i < 12; i += 1) {
      const { value, fetchedAtMs } = await b.channel.read();
      answers.push({ value, fetchedAtMs });
      await sleep(80);
    }
    expect(b.channel.role).toBe('follower');
    expect(upstream.loaders()).toEqual(new Set(['a']));
    // Every answer is one of the leader's results, with the leader's fetch time.
    const leaderResults = a.seen.map(({ value, fetchedAtMs }) => ({ value, fetchedAtMs }));
    for (const answer of answers) expect(leaderResults).toContainEqual(answer);
    // The reads followed the leader's progress rather than a first copy.
    expect(answers.at(-1)?.value).toBeGreaterThan(answers[0]?.value ?? Infinity);
  });

  it('goes back to polling alone when the last watcher leaves, and gives up the lead', async () => {
    const upstream = countingUpstream();
    const [a] = start(['a'], upstream);
    if (!a) throw new Error('one instance expected');
    const stop = a.watch();
    await waitFor(() => a.channel.role === 'leader', 2000, 'a to lead');
    stop();
    await waitFor(() => !a.channel.isPolling, 4 * periodMs + 1000, 'a to stop polling');
    const loads = upstream.calls.length;
    await sleep(3 * periodMs);
    expect(upstream.calls.length).toBe(loads);
    expect(a.channel.role).toBe('local');
  });
});

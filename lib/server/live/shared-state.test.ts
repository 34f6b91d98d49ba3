import { describe, expect, it } from 'vitest';
import { isUpstreamError, UpstreamError } from '@/lib/upstream/upstream-error';
import { RefreshCache } from './refresh-cache';
import { fromSharedState, parseSharedState, toSharedState } from './shared-state';

/** Sends a state the way instances share it: through JSON. */
const overTheWire = <T>(state: unknown) =>
  parseSharedState<T>(JSON.parse(JSON.stringify(state)) as unknown);

/** What a follower gets from the leader's cache. */
function shareOf(cache: RefreshCache<number>) {
  const shared = overTheWire<number>(toSharedState(cache.exportState()));
  if (!shared) throw new Error('expected a shared state');
  return shared;
}

function cacheAt(now: { ms: number }, load: () => Promise<number>) {
  return new RefreshCache<number>({ load, periodMs: 5000, loadTimeoutMs: 200, now: () => now.ms });
}

describe('shared state', () => {
  it("lets a follower mirror the leader's value, fetch time and schedule", async () => {
    const now = { ms: 1_000_000 };
    const leader = cacheAt(now, async () => 42);
    await leader.read();
    now.ms += 1000;
    const follower = cacheAt(now, async () => -1);
    const shared = shareOf(leader);
    expect(follower.adopt(fromSharedState(shared))).toBe(true);
    expect(follower.snapshot()).toMatchObject({ value: 42, fetchedAtMs: 1_000_000, stale: false });
    // Due one period after the leader's attempt, not after the follower's copy.
    expect(follower.nextDueMs()).toBe(1_005_000);
    // An older or equal state is ignored.
    expect(follower.adopt(fromSharedState(shared))).toBe(false);
  });

  it('carries a failure with its kind, safe message and Retry-After, keeping the last value', async () => {
    const now = { ms: 1_000_000 };
    let fail = false;
    const leader = cacheAt(now, async () => {
      if (fail)
        throw new UpstreamError('rate-limit', 'stats: rate limited', { retryAfterSeconds: 60 });
      return 7;
    });
    const follower = cacheAt(now, async () => -1);
    await leader.read();
    follower.adopt(fromSharedState(shareOf(leader)));
    fail = true;
    now.ms += 5000;
    await leader.read();
    const shared = shareOf(leader);
    expect(shared.error).toEqual({
      kind: 'rate-limit',
      message: 'stats: rate limited',
      retryAfterSeconds: 60,
    });
    follower.adopt(fromSharedState(shared));
    const snapshot = follower.snapshot();
    expect(snapshot).toMatchObject({ value: 7, stale: true, staleReason: 'stats: rate limited' });
    expect(isUpstreamError(snapshot.lastError) && snapshot.lastError.kind).toBe('rate-limit');
    expect(follower.consecutiveFailures).toBe(1);
    // Were it to lead now, it would honour the 429 too.
    expect(follower.nextDueMs()).toBe(now.ms + 60_000);
  });

  it('never shares a message that is not ours', async () => {
    const leader = cacheAt({ ms: 0 }, async () => {
      throw new Error('password=hunter2');
    });
    await leader.read();
    const shared = toSharedState(leader.exportState());
    expect(JSON.stringify(shared)).not.toContain('hunter2');
    expect(shared?.error).toEqual({
      kind: 'internal',
      message: 'internal error while reading the source',
    });
  });

  it('refuses malformed states', () => {
    expect(parseSharedState('nope')).toBeUndefined();
    expect(parseSharedState({ failures: 0 })).toBeUndefined();
    expect(parseSharedState({ lastAttemptMs: 1, failures: 0, error: { kind: 1 } })).toBeUndefined();
    expect(parseSharedState({ lastAttemptMs: 1, failures: 0, value: [1] })).toEqual({
      lastAttemptMs: 1,
      failures: 0,
      value: [1],
    });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveChannel } from './live-channel';
import type { CoordinatedKey, Coordinator, JoinOptions, SharedState } from './coordinator';
import type { CacheSnapshot } from './refresh-cache';

afterEach(() => {
  vi.useRealTimers();
});

function channelWithCounter(periodMs = 1000) {
  let loads = 0;
  const channel = new LiveChannel<number>({
    load: async () => ++loads,
    periodMs,
    loadTimeoutMs: 500,
  });
  return { channel, loads: () => loads };
}

describe('LiveChannel', () => {
  it('polls once per period for any number of subscribers and pushes each change', async () => {
    vi.useFakeTimers();
    const { channel, loads } = channelWithCounter();
    const seen: number[][] = [[], [], []];
    const stops = seen.map((list) =>
      channel.subscribe((s: CacheSnapshot<number>) => list.push(s.value ?? -1)),
    );
    await vi.advanceTimersByTimeAsync(3_500);
    expect(loads()).toBe(4);
    expect(seen.every((list) => list.join() === '1,2,3,4')).toBe(true);
    stops.forEach((stop) => stop());
    channel.close();
  });

  it("pushes a value a poll loaded to subscribers at once, not at the timer's tick", async () => {
    vi.useFakeTimers();
    let nowMs = 1_000_000;
    let loads = 0;
    const channel = new LiveChannel<number>({
      load: async () => ++loads,
      periodMs: 1000,
      loadTimeoutMs: 500,
      now: () => nowMs,
    });
    const seen: number[] = [];
    const stop = channel.subscribe((s) => seen.push(s.value ?? -1));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([1]);
    // Due, but the timer has not fired (a busy event loop runs it late): a poll loads first.
    nowMs += 1000;
    const polled = await channel.read();
    expect(polled.value).toBe(2);
    expect(seen).toEqual([1, 2]);
    stop();
    await channel.close();
  });

  it('stops polling within two periods when nobody watches, and restarts at once', async () => {
    vi.useFakeTimers();
    const { channel, loads } = channelWithCounter();
    const stop = channel.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(1_500);
    stop();
    await vi.advanceTimersByTimeAsync(2_100);
    expect(channel.isPolling).toBe(false);
    const stoppedAt = loads();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(loads()).toBe(stoppedAt);
    const snapshot = await channel.read();
    expect(snapshot.value).toBe(stoppedAt + 1);
    expect(channel.isPolling).toBe(true);
    channel.close();
  });

  it('serves polling readers from the shared poll without extra loads', async () => {
    vi.useFakeTimers();
    const { channel, loads } = channelWithCounter();
    await channel.read();
    for (let i = 0; i < 20; i += 1) {
      await vi.advanceTimersByTimeAsync(100);
      await Promise.all([channel.read(), channel.read(), channel.read()]);
    }
    // 2 s of reads every 100 ms: the initial load plus one per elapsed period.
    expect(loads()).toBe(3);
    channel.close();
  });

  it("tells a follower's subscribers nothing until the leader shares a first result", async () => {
    vi.useFakeTimers();
    let onShared: ((state: SharedState<number>) => void) | undefined;
    const coordinator: Coordinator = {
      join: <T>(_key: string, options: JoinOptions<T>): CoordinatedKey<T> => {
        onShared = options.onShared as unknown as (state: SharedState<number>) => void;
        return {
          claim: async () => 'follower',
          share: async () => 'follower',
          fetch: async () => undefined,
          leave: async () => undefined,
        };
      },
    };
    const channel = new LiveChannel<number>({
      load: async () => -1,
      periodMs: 1000,
      loadTimeoutMs: 150,
      coordination: { coordinator, key: 'k' },
    });
    const seen: (number | undefined)[] = [];
    channel.subscribe((s) => seen.push(s.value));
    // The leader is slow: several of the follower's waits for a first push run out.
    await vi.advanceTimersByTimeAsync(3_500);
    expect(seen).toEqual([]);
    onShared?.({ value: 7, fetchedAtMs: Date.now(), lastAttemptMs: Date.now(), failures: 0 });
    expect(seen).toEqual([7]);
    await channel.close();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FanoutHub, type FanoutTarget, type FrameSource, type Revalidate } from './fanout-hub';
import { keepAliveFrame } from './sse-frames';

class FakeTarget implements FanoutTarget {
  chunks: Uint8Array[] = [];
  ended: Uint8Array | undefined | 'open' = 'open';
  destroyed = false;
  writableLength = 0;
  write(chunk: Uint8Array) {
    this.chunks.push(chunk);
    return true;
  }
  end(chunk?: Uint8Array) {
    this.ended = chunk;
  }
  destroy() {
    this.destroyed = true;
  }
}

/** A source whose subscribers can be told a frame, counting subscriptions. */
function fakeSource(initial?: Uint8Array) {
  const listeners = new Set<(frame: Uint8Array) => void>();
  const source: FrameSource = (listener) => {
    listeners.add(listener);
    if (initial) listener(initial);
    return () => listeners.delete(listener);
  };
  return { source, listeners, push: (frame: Uint8Array) => listeners.forEach((l) => l(frame)) };
}

const frame = (text: string) => Buffer.from(text);
const allowed: Revalidate = () => Promise.resolve({ allowed: true });

describe('FanoutHub', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function open(
    hub: FanoutHub,
    source: FrameSource,
    over: Partial<{ revalidate: Revalidate }> = {},
  ) {
    const target = new FakeTarget();
    const onClose = vi.fn();
    const stream = hub.add('hq', source, {
      target,
      checkKey: 'token',
      revalidate: over.revalidate ?? allowed,
      onClose,
    });
    return { target, onClose, stream };
  }

  it('subscribes once per source and writes the same buffer to every stream', () => {
    const hub = new FanoutHub();
    const first = frame('first');
    const src = fakeSource(first);
    const a = open(hub, src.source);
    const b = open(hub, src.source);
    expect(src.listeners.size).toBe(1);
    expect(a.target.chunks).toEqual([first]);
    expect(b.target.chunks[0]).toBe(first);
    const next = frame('next');
    src.push(next);
    expect(a.target.chunks[1]).toBe(next);
    expect(b.target.chunks[1]).toBe(next);
    expect(hub.streamsOf('hq')).toBe(2);
  });

  it('leaves no subscription or timer once the last stream closes', () => {
    const hub = new FanoutHub();
    const src = fakeSource(frame('x'));
    const a = open(hub, src.source);
    const b = open(hub, src.source);
    expect(hub.timerActive).toBe(true);
    a.stream.detach();
    b.stream.close();
    expect(b.target.ended).toBeUndefined();
    expect(src.listeners.size).toBe(0);
    expect(hub.timerActive).toBe(false);
    expect(hub.openCount).toBe(0);
    expect(a.onClose).toHaveBeenCalledTimes(1);
    expect(b.onClose).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sends one shared keep-alive on the timer', () => {
    const hub = new FanoutHub({ tickMs: 5_000, keepAliveMs: 15_000 });
    const a = open(hub, fakeSource().source);
    vi.advanceTimersByTime(10_000);
    expect(a.target.chunks).toEqual([]);
    vi.advanceTimersByTime(5_000);
    expect(a.target.chunks).toEqual([keepAliveFrame]);
    a.stream.close();
  });

  it('drops a reader more than maxQueuedBytes behind instead of queueing for it', () => {
    const hub = new FanoutHub({ maxQueuedBytes: 100 });
    const src = fakeSource(frame('x'));
    const slow = open(hub, src.source);
    const fast = open(hub, src.source);
    slow.target.writableLength = 101;
    src.push(frame('y'));
    expect(slow.target.destroyed).toBe(true);
    expect(slow.target.chunks).toHaveLength(1);
    expect(slow.onClose).toHaveBeenCalledTimes(1);
    expect(fast.target.chunks).toHaveLength(2);
    expect(hub.streamsOf('hq')).toBe(1);
    fast.stream.close();
  });

  it('re-checks callers on a jittered schedule, once per credential, and ends refused streams', async () => {
    const hub = new FanoutHub({ tickMs: 1_000, recheckMs: [30_000, 60_000], random: () => 0 });
    const final = frame('event: revoked\n\n');
    let verdict: Awaited<ReturnType<Revalidate>> = { allowed: true };
    const revalidate = vi.fn<Revalidate>(() => Promise.resolve(verdict));
    const src = fakeSource(frame('x'));
    const a = open(hub, src.source, { revalidate });
    const b = open(hub, src.source, { revalidate });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(revalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(revalidate).toHaveBeenCalledTimes(1);
    expect(a.target.ended).toBe('open');
    verdict = { allowed: false, final };
    await vi.advanceTimersByTimeAsync(30_000);
    expect(revalidate).toHaveBeenCalledTimes(2);
    expect(a.target.ended).toBe(final);
    expect(b.target.ended).toBe(final);
    expect(hub.openCount).toBe(0);
    expect(src.listeners.size).toBe(0);
  });

  it('keeps a stream whose check failed (database unreachable) and asks again', async () => {
    const hub = new FanoutHub({ tickMs: 1_000, recheckMs: [10_000, 10_000] });
    const revalidate = vi.fn<Revalidate>(() => Promise.reject(new Error('db down')));
    const a = open(hub, fakeSource().source, { revalidate });
    await vi.advanceTimersByTimeAsync(21_000);
    expect(revalidate).toHaveBeenCalledTimes(2);
    expect(a.target.ended).toBe('open');
    a.stream.close();
  });

  it('closeAll ends every stream', () => {
    const hub = new FanoutHub();
    const src = fakeSource(frame('x'));
    const a = open(hub, src.source);
    const b = open(hub, src.source);
    hub.closeAll();
    expect(a.target.ended).toBeUndefined();
    expect(b.target.ended).toBeUndefined();
    expect(hub.openCount).toBe(0);
  });
});

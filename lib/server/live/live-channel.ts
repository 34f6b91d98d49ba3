import { CoordinatedPoll, type CoordinationOptions } from './coordinated-poll';
import type { Role } from './coordinator';
import { RefreshCache, type CacheSnapshot, type RefreshCacheOptions } from './refresh-cache';

type Listener<T> = (snapshot: CacheSnapshot<T>) => void;

export interface LiveChannelOptions<T> extends RefreshCacheOptions<T> {
  idleMs?: number;
  /** Told whether each polling read was served from cache (hit) or waited for a load. */
  onRead?: (hit: boolean) => void;
  /** Shares the poll with other instances; without it this process polls alone. */
  coordination?: CoordinationOptions;
}

/**
 * A value that is polled in the background while someone watches: SSE subscribers, or polling
 * readers seen within the idle window. Every watcher shares the one poll per period; with nobody
 * watching the timer stops, and the next watcher restarts it at once.
 */
export class LiveChannel<T> {
  readonly cache: RefreshCache<T>;
  private readonly listeners = new Set<Listener<T>>();
  private readonly idleMs: number;
  private readonly periodMs: number;
  private readonly now: () => number;
  private readonly poll: CoordinatedPoll<T> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticking: Promise<void> | undefined;
  private running = false;
  private lastReadMs = 0;
  private lastPublished = '';

  private readonly onRead: ((hit: boolean) => void) | undefined;

  constructor(options: LiveChannelOptions<T>) {
    this.cache = new RefreshCache(options);
    this.onRead = options.onRead;
    this.now = options.now ?? Date.now;
    this.periodMs = options.periodMs;
    this.idleMs = options.idleMs ?? 2 * options.periodMs;
    const { coordination } = options;
    this.poll = coordination
      ? new CoordinatedPoll(
          this.cache,
          {
            ...coordination,
            periodMs: options.periodMs,
            loadTimeoutMs: options.loadTimeoutMs,
            now: this.now,
          },
          {
            onChange: () => this.publishIfChanged(this.cache.snapshot()),
            onReleased: () => {
              if (this.running) void this.runTick();
            },
          },
        )
      : undefined;
  }

  /** For polling readers: the current snapshot, loading first when none is fresh enough. */
  async read(): Promise<CacheSnapshot<T>> {
    this.lastReadMs = this.now();
    if (!this.poll) {
      this.onRead?.(!this.cache.isDue() && this.cache.hasSettled);
      this.ensureRunning();
      const snapshot = await this.cache.read();
      // A poll that came due before the timer's (late) tick loaded the value itself: subscribers
      // get it now rather than when the tick runs; the tick then finds nothing new to publish.
      this.publishIfChanged(snapshot);
      return snapshot;
    }
    // A follower is kept fresh by the leader's pushes; it never loads for a reader.
    const fresh = this.cache.hasSettled && (this.poll.role === 'follower' || !this.cache.isDue());
    this.onRead?.(fresh);
    this.ensureRunning();
    if (!fresh) await this.runTick();
    return this.cache.snapshot();
  }

  /** For push readers: called with the current value (if any) and then on every change. */
  subscribe(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    if (this.cache.hasSettled) listener(this.cache.snapshot());
    this.ensureRunning();
    return () => {
      this.listeners.delete(listener);
    };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  get isPolling(): boolean {
    return this.running;
  }

  /** `local` when uncoordinated or the coordinator is unreachable. */
  get role(): Role {
    return this.poll?.role ?? 'local';
  }

  /** Stops the timer for good (tests, shutdown) and gives up the lead, if held. */
  close(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
    return this.poll?.leave() ?? Promise.resolve();
  }

  private ensureRunning(): void {
    if (this.running) return;
    this.running = true;
    void this.runTick();
  }

  /** Runs a tick now (or joins the one under way), so concurrent callers share it. */
  private runTick(): Promise<void> {
    if (this.ticking) return this.ticking;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.ticking = this.tick();
    return this.ticking;
  }

  private async tick(): Promise<void> {
    let delay: number;
    try {
      delay = await this.step();
    } finally {
      this.ticking = undefined;
    }
    if (!this.running) return;
    if (this.listeners.size === 0 && this.now() - this.lastReadMs >= this.idleMs) {
      this.running = false;
      void this.poll?.leave();
      return;
    }
    this.timer = setTimeout(() => void this.runTick(), delay + 5);
    this.timer.unref?.();
  }

  /** One poll (or coordinated step), pushed to subscribers; resolves to the wait before the next. */
  private async step(): Promise<number> {
    if (this.poll) {
      const delay = await this.poll.step().catch(() => this.periodMs);
      this.publishIfChanged(this.cache.snapshot());
      return delay;
    }
    const snapshot = await this.cache.read();
    this.publishIfChanged(snapshot);
    return Math.max(0, this.cache.nextDueMs() - this.now());
  }

  private publishIfChanged(snapshot: CacheSnapshot<T>): void {
    // A follower whose leader has not shared a first result yet has nothing to say: an empty
    // snapshot would blank the screens that subscribe() promised a real first value.
    if (!this.cache.hasSettled) return;
    const fingerprint = `${snapshot.fetchedAtMs}|${snapshot.stale}|${snapshot.staleReason}`;
    if (fingerprint === this.lastPublished) return;
    this.lastPublished = fingerprint;
    for (const listener of this.listeners) {
      try {
        listener(snapshot);
      } catch {
        // One broken subscriber (a closed stream) must not stop the others' updates.
      }
    }
  }
}

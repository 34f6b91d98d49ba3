import { RefreshCache, type CacheSnapshot, type RefreshCacheOptions } from './refresh-cache';

type Listener<T> = (snapshot: CacheSnapshot<T>) => void;

/**
 * A value that is polled in the background while someone watches: SSE subscribers, or polling
 * readers seen within the idle window. Every watcher shares the one poll per period; with nobody
 * watching the timer stops, and the next watcher restarts it at once.
 */
export class LiveChannel<T> {
  readonly cache: RefreshCache<T>;
  private readonly listeners = new Set<Listener<T>>();
  private readonly idleMs: number;
  private readonly now: () => number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private lastReadMs = 0;
  private lastPublished = '';

  private readonly onRead: ((hit: boolean) => void) | undefined;

  constructor(
    options: RefreshCacheOptions<T> & {
      idleMs?: number;
      /** Told whether each polling read was served from cache (hit) or waited for a load. */
      onRead?: (hit: boolean) => void;
    },
  ) {
    this.cache = new RefreshCache(options);
    this.onRead = options.onRead;
    this.now = options.now ?? Date.now;
    this.idleMs = options.idleMs ?? 2 * options.periodMs;
  }

  /** For polling readers: the current snapshot, loading first when none is fresh enough. */
  async read(): Promise<CacheSnapshot<T>> {
    this.lastReadMs = this.now();
    this.onRead?.(!this.cache.isDue() && this.cache.hasSettled);
    this.ensureRunning();
    return this.cache.read();
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

  /** Stops the timer for good (tests, shutdown). */
  close(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
  }

  private ensureRunning(): void {
    if (this.running) return;
    this.running = true;
    void this.tick();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    const snapshot = await this.cache.read();
    this.publishIfChanged(snapshot);
    if (!this.running) return;
    if (this.listeners.size === 0 && this.now() - this.lastReadMs >= this.idleMs) {
      this.running = false;
      return;
    }
    const delay = Math.max(0, this.cache.nextDueMs() - this.now());
    this.timer = setTimeout(() => void this.tick(), delay + 5);
    this.timer.unref?.();
  }

  private publishIfChanged(snapshot: CacheSnapshot<T>): void {
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

import { LRUCache } from 'lru-cache';

interface Entry {
  value: unknown;
  storedAtMs: number;
  closed: boolean;
}

export interface PeriodCacheOptions {
  /** How long an open period's answer is reused. */
  openTtlMs: number;
  /** Closed periods kept (LRU); each holds one upstream answer. */
  maxClosedEntries?: number;
  now?: () => number;
}

/**
 * Upstream answers keyed by request: a closed period (its end is past) is kept for good, since it
 * can no longer change; an open one for `openTtlMs`. Identical concurrent loads share one request.
 */
export class PeriodCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly now: () => number;

  constructor(private readonly options: PeriodCacheOptions) {
    this.entries = new LRUCache({ max: options.maxClosedEntries ?? 5000 });
    this.now = options.now ?? Date.now;
  }

  async get<T>(key: string, periodEndMs: number, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && (entry.closed || this.now() - entry.storedAtMs < this.options.openTtlMs)) {
      return entry.value as T;
    }
    const running = this.inflight.get(key);
    if (running) return running as Promise<T>;
    const closed = periodEndMs <= this.now();
    const promise = load()
      .then((value) => {
        this.entries.set(key, { value, storedAtMs: this.now(), closed });
        return value;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }
}

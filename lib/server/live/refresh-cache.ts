import { isUpstreamError } from '@/lib/upstream/upstream-error';
import { redactSecrets } from '@/lib/server/secrets';

/** What a reader gets: the last good value (if any) and whether it is stale, and why. */
export interface CacheSnapshot<T> {
  value: T | undefined;
  /** When `value` was fetched (epoch ms); undefined before the first success. */
  fetchedAtMs: number | undefined;
  stale: boolean;
  staleReason: string | undefined;
  /** The last failure, kept so that a first-ever failure can be answered with its cause. */
  lastError: unknown;
}

/** Everything a cache knows, so another instance's cache can mirror it. */
export interface CacheState<T> {
  value: T | undefined;
  fetchedAtMs: number | undefined;
  lastAttemptMs: number | undefined;
  failures: number;
  lastError: unknown;
  notBeforeMs: number;
}

export interface RefreshCacheOptions<T> {
  load: (signal: AbortSignal) => Promise<T>;
  periodMs: number;
  /** Hard limit for one load, retries included; keeps readers' waits bounded. */
  loadTimeoutMs: number;
  now?: () => number;
}

/**
 * Holds one upstream value and refreshes it at most once per period, however many readers ask:
 * concurrent readers share one in-flight load, and a failed load keeps the last good value.
 */
export class RefreshCache<T> {
  private value: T | undefined;
  private fetchedAtMs: number | undefined;
  private lastAttemptMs: number | undefined;
  private lastError: unknown;
  private inflight: Promise<void> | undefined;
  private failures = 0;
  /** Set from a 429's Retry-After / X-RateLimit-Reset: no load before this instant. */
  private notBeforeMs = 0;
  private readonly now: () => number;

  constructor(private readonly options: RefreshCacheOptions<T>) {
    this.now = options.now ?? Date.now;
  }

  /** Returns the current snapshot, first refreshing it when the period has passed. */
  async read(): Promise<CacheSnapshot<T>> {
    if (this.isDue()) await this.refresh();
    return this.snapshot();
  }

  /** Consecutive failed loads since the last success. */
  get consecutiveFailures(): number {
    return this.failures;
  }

  get lastSuccessMs(): number | undefined {
    return this.fetchedAtMs;
  }

  /** True once a load has finished, so a snapshot says something (a value or a failure). */
  get hasSettled(): boolean {
    return this.lastAttemptMs !== undefined && this.inflight === undefined;
  }

  get lastAttemptAtMs(): number | undefined {
    return this.lastAttemptMs;
  }

  snapshot(): CacheSnapshot<T> {
    const failing = this.failures > 0;
    const expired =
      this.fetchedAtMs !== undefined && this.now() - this.fetchedAtMs > 2 * this.options.periodMs;
    return {
      value: this.value,
      fetchedAtMs: this.fetchedAtMs,
      stale: failing || expired,
      staleReason: failing ? describeError(this.lastError) : expired ? 'not refreshed' : undefined,
      lastError: failing ? this.lastError : undefined,
    };
  }

  exportState(): CacheState<T> {
    return {
      value: this.value,
      fetchedAtMs: this.fetchedAtMs,
      lastAttemptMs: this.lastAttemptMs,
      failures: this.failures,
      lastError: this.lastError,
      notBeforeMs: this.notBeforeMs,
    };
  }

  /**
   * Mirrors a state loaded elsewhere (the polling instance) when it is newer than ours; its fetch
   * and attempt times are kept, so the next load here is due one period after that attempt.
   */
  adopt(state: CacheState<T>): boolean {
    if (this.inflight !== undefined || state.lastAttemptMs === undefined) return false;
    if (this.lastAttemptMs !== undefined && state.lastAttemptMs <= this.lastAttemptMs) return false;
    this.lastAttemptMs = state.lastAttemptMs;
    this.failures = state.failures;
    this.lastError = state.lastError;
    this.notBeforeMs = Math.max(this.notBeforeMs, state.notBeforeMs);
    // A failed attempt elsewhere keeps our last good value when theirs is no newer.
    if (state.fetchedAtMs !== undefined && state.fetchedAtMs >= (this.fetchedAtMs ?? 0)) {
      this.value = state.value;
      this.fetchedAtMs = state.fetchedAtMs;
    }
    return true;
  }

  /** When the next load may start (epoch ms): one period after the last, later if rate-limited. */
  nextDueMs(): number {
    if (this.lastAttemptMs === undefined) return this.now();
    return Math.max(this.lastAttemptMs + this.options.periodMs, this.notBeforeMs);
  }

  /** True when a read now would wait for a load instead of answering from the cache. */
  isDue(): boolean {
    return this.inflight !== undefined || this.now() >= this.nextDueMs();
  }

  private refresh(): Promise<void> {
    this.inflight ??= this.runLoad().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async runLoad(): Promise<void> {
    this.lastAttemptMs = this.now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.loadTimeoutMs);
    try {
      const value = await Promise.race([
        this.options.load(controller.signal),
        new Promise<never>((_, reject) => {
          controller.signal.addEventListener('abort', () =>
            reject(new Error(`no answer within ${this.options.loadTimeoutMs} ms`)),
          );
        }),
      ]);
      this.value = value;
      this.fetchedAtMs = this.now();
      this.failures = 0;
      this.lastError = undefined;
    } catch (error) {
      this.failures += 1;
      this.lastError = error;
      const wait = isUpstreamError(error) ? error.details.retryAfterSeconds : undefined;
      if (wait !== undefined) this.notBeforeMs = this.now() + wait * 1000;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A user-facing reason; upstream errors carry safe messages, anything else is summarized. */
export function describeError(error: unknown): string {
  if (isUpstreamError(error)) return redactSecrets(error.message);
  if (error instanceof Error && error.message.startsWith('no answer within')) return error.message;
  return 'internal error while reading the source';
}

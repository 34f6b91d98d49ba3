import { retryAfterSeconds } from '@/lib/upstream/retry-after';
import { sleep } from '@/lib/upstream/sleep';
import { UpstreamError } from '@/lib/upstream/upstream-error';

/** Telphin's 429 for a second stats request while one runs (D4); only ours are serialized. */
export class StatsConflictError extends UpstreamError {}

export interface StatsGateOptions {
  /** Waits before retrying after a concurrency 429; their count bounds the retries. */
  conflictDelaysMs: readonly number[];
  /** Longer waits are not slept through: the request fails fast as rate-limited instead. */
  maxInlineWaitMs: number;
  /** Wait after a 429 that names none (no Retry-After, no X-RateLimit-Reset). */
  defaultLimitWaitMs: number;
  now: () => number;
}

export const defaultStatsGateOptions: StatsGateOptions = {
  conflictDelaysMs: [1000, 2000, 4000],
  maxInlineWaitMs: 5000,
  defaultLimitWaitMs: 60_000,
  now: Date.now,
};

/**
 * One stats request at a time per client, in call order (a promise chain), and no request
 * before the wait the server asked for: a 429 blocks the next request until its Retry-After /
 * X-RateLimit-Reset, and so does `X-RateLimit-Remaining: 0` on a success.
 */
export class StatsGate {
  private tail: Promise<unknown> = Promise.resolve();
  private blockedUntilMs = 0;

  constructor(private readonly options: StatsGateOptions = defaultStatsGateOptions) {}

  run<T>(label: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const result = this.tail.then(() => this.attempt(label, task, signal));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Reads the limit headers of a successful answer. */
  noteHeaders(headers: Headers): void {
    const remaining = headers.get('x-ratelimit-remaining');
    if (remaining === null || Number(remaining) > 0) return;
    const reset = retryAfterSeconds(headers, this.options.now());
    if (reset !== undefined && reset > 0) this.block(reset * 1000);
  }

  private async attempt<T>(label: string, task: () => Promise<T>, signal?: AbortSignal) {
    let limitRetried = false;
    for (let conflicts = 0; ; conflicts += 1) {
      await this.waitUntilOpen(label, signal);
      try {
        return await task();
      } catch (error) {
        if (!(error instanceof UpstreamError) || error.kind !== 'rate-limit') throw error;
        if (error instanceof StatsConflictError) {
          const delay = this.options.conflictDelaysMs[conflicts];
          if (delay === undefined) throw error;
          // Jitter, so that two instances that collided do not collide again.
          this.block(delay * (1 + Math.random() / 4));
          continue;
        }
        const seconds = error.details.retryAfterSeconds;
        const waitMs = seconds === undefined ? this.options.defaultLimitWaitMs : seconds * 1000;
        this.block(waitMs);
        if (limitRetried || waitMs > this.options.maxInlineWaitMs) throw error;
        limitRetried = true;
      }
    }
  }

  private block(waitMs: number): void {
    this.blockedUntilMs = Math.max(this.blockedUntilMs, this.options.now() + waitMs);
  }

  private async waitUntilOpen(label: string, signal?: AbortSignal): Promise<void> {
    const waitMs = this.blockedUntilMs - this.options.now();
    if (waitMs > this.options.maxInlineWaitMs) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw new UpstreamError(
        'rate-limit',
        `${label}: rate limited; Telphin allows the next request in ${retryAfterSeconds} s`,
        { status: 429, retryAfterSeconds },
      );
    }
    if (waitMs > 0) await sleep(waitMs, signal);
    if (signal?.aborted) {
      throw new UpstreamError('timeout', `${label}: given up while waiting for its turn`);
    }
  }
}

import { UpstreamError } from '@/lib/upstream/upstream-error';

export interface RequestLimiterOptions {
  /** Upstream requests of this source running at once. */
  concurrency: number;
  /** Upstream requests this source may make per minute (a derived series can need many). */
  perMinute: number;
  label: string;
  now?: () => number;
}

/**
 * Bounds what one source costs its upstream: a fixed number of requests at once, and a budget
 * per minute beyond which a request fails fast as rate-limited instead of hammering the PBX.
 */
export class RequestLimiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly spent: number[] = [];
  private readonly now: () => number;

  constructor(private readonly options: RequestLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  async run<T>(load: () => Promise<T>): Promise<T> {
    this.spend();
    if (this.running >= this.options.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      return await load();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  private spend(): void {
    const minuteAgo = this.now() - 60_000;
    while (this.spent.length > 0 && (this.spent[0] ?? 0) <= minuteAgo) this.spent.shift();
    if (this.spent.length >= this.options.perMinute) {
      const retryAfterSeconds = Math.ceil(((this.spent[0] ?? 0) + 60_000 - this.now()) / 1000);
      throw new UpstreamError(
        'rate-limit',
        `${this.options.label}: request budget of ${this.options.perMinute} per minute used up`,
        { retryAfterSeconds },
      );
    }
    this.spent.push(this.now());
  }
}

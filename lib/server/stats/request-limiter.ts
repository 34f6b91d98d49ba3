export interface RequestLimiterOptions {
  /** Upstream requests of this source running at once. */
  concurrency: number;
  /** Throws when the source's report budget has no room for one more request (see UpstreamBudget). */
  admit: () => void;
}

/**
 * Bounds what one source's reports cost its upstream: a fixed number of requests at once, and a
 * budget beyond which a request fails fast as rate-limited instead of hammering the PBX.
 */
export class RequestLimiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: RequestLimiterOptions) {}

  async run<T>(load: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      // Asked only once a slot is free: the budget counts finished attempts, so at most
      // `concurrency` admitted requests are not counted yet.
      this.options.admit();
      return await load();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}

import { UpstreamError } from './upstream-error';

export interface CircuitBreakerOptions {
  /** Failures in a row that open the circuit. */
  threshold: number;
  /** While open, one probe request may go through this often; the rest fail fast. */
  probeIntervalMs: number;
  now?: () => number;
}

/**
 * Stops hammering an upstream that keeps failing: after `threshold` failures in a row, calls
 * fail fast except one probe per interval, and the first success closes the circuit again.
 */
export class CircuitBreaker {
  private failures = 0;
  private lastProbeMs = 0;
  private lastFailure = '';
  private readonly now: () => number;

  constructor(
    private readonly label: string,
    private readonly options: CircuitBreakerOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  get isOpen(): boolean {
    return this.failures >= this.options.threshold;
  }

  /** Throws when the circuit is open and this call is not the interval's probe. */
  admit(): void {
    if (!this.isOpen) return;
    if (this.now() - this.lastProbeMs >= this.options.probeIntervalMs) {
      this.lastProbeMs = this.now();
      return;
    }
    throw new UpstreamError(
      'network',
      `${this.label}: not called after ${this.failures} failures in a row (last: ${this.lastFailure})`,
    );
  }

  success(): void {
    this.failures = 0;
  }

  failure(error: UpstreamError): void {
    this.failures += 1;
    this.lastFailure = error.message.replace(/^[^:]*: /, '');
    if (this.failures === this.options.threshold) this.lastProbeMs = this.now();
  }
}

/**
 * Which of a source's two kinds of traffic a call belongs to: live polling (and its health
 * checks), or statistics for reports and charts. Each has its own breaker and budget, so a
 * report that keeps failing, or spends the upstream's rate limit, does not blank the live screens.
 */
export type UpstreamLane = 'live' | 'reports';

const breakers = new Map<string, CircuitBreaker>();

/** The breaker of one source's lane. */
export function breakerFor(source: string, lane: UpstreamLane): CircuitBreaker {
  const key = `${source}\u0000${lane}`;
  let breaker = breakers.get(key);
  if (!breaker) {
    breaker = new CircuitBreaker(source, { threshold: 3, probeIntervalMs: 4_000 });
    breakers.set(key, breaker);
  }
  return breaker;
}

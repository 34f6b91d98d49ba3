import { UpstreamError } from '@/lib/upstream/upstream-error';

export interface UpstreamBudgetOptions {
  /**
   * The upstream's own request limit per minute (its rate limit, shared by everything Callboard
   * asks of it), when known; live polling and reports then share it, reports leaving a reserve.
   */
  upstreamPerMinute: number | undefined;
  /** Requests per minute reports may make at most, whatever the upstream allows. */
  reportsPerMinute: number;
  /** The share of the upstream's limit reports never touch, kept for live polling. */
  liveShare: number;
  label: string;
  now?: () => number;
}

const windowMs = 60_000;

/**
 * What one source's upstream requests may cost per minute, by lane. Live polling is never
 * refused here (it is bounded by its period): its requests are only counted. A report request is
 * refused as rate-limited, with the wait until it fits, when reports have spent their own budget,
 * or when it would eat into the share of the upstream's limit kept for live polling.
 */
export class UpstreamBudget {
  private readonly live: number[] = [];
  private readonly reports: number[] = [];
  private readonly now: () => number;

  constructor(private readonly options: UpstreamBudgetOptions) {
    this.now = options.now ?? Date.now;
  }

  /** What reports may use of the upstream's limit (undefined when it has no known limit). */
  get reportsCeiling(): number | undefined {
    const { upstreamPerMinute, liveShare } = this.options;
    if (upstreamPerMinute === undefined) return undefined;
    return Math.max(1, upstreamPerMinute - Math.max(1, Math.ceil(upstreamPerMinute * liveShare)));
  }

  /** Counts one live request that went to the upstream. */
  countLive(): void {
    prune(this.live, this.now());
    this.live.push(this.now());
  }

  /** Counts one report request that went to the upstream (retries and logins included). */
  countReport(): void {
    prune(this.reports, this.now());
    this.reports.push(this.now());
  }

  /** Throws a rate-limit UpstreamError when one more report request does not fit now. */
  admitReport(): void {
    const now = this.now();
    prune(this.live, now);
    prune(this.reports, now);
    const { reportsPerMinute, upstreamPerMinute, label } = this.options;
    const waits: number[] = [];
    if (this.reports.length >= reportsPerMinute) {
      waits.push(waitUntilBelow(this.reports, reportsPerMinute, now));
    }
    const ceiling = this.reportsCeiling;
    if (ceiling !== undefined && this.live.length + this.reports.length >= ceiling) {
      waits.push(waitUntilBelow(merged(this.live, this.reports), ceiling, now));
    }
    if (waits.length === 0) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(Math.max(...waits) / 1000));
    const what =
      ceiling !== undefined && upstreamPerMinute !== undefined
        ? `the share of its ${upstreamPerMinute} requests per minute reports may use`
        : `the report budget of ${reportsPerMinute} requests per minute`;
    throw new UpstreamError('rate-limit', `${label}: ${what} is used up`, { retryAfterSeconds });
  }
}

function prune(times: number[], now: number): void {
  while (times.length > 0 && (times[0] ?? 0) <= now - windowMs) times.shift();
}

function merged(a: number[], b: number[]): number[] {
  return [...a, ...b].sort((x, y) => x - y);
}

/** Ms until fewer than `limit` of the sorted `times` are within the window. */
function waitUntilBelow(times: number[], limit: number, now: number): number {
  const mustLeave = times.length - limit + 1;
  const last = times[mustLeave - 1] ?? now;
  return Math.max(0, last + windowMs - now);
}

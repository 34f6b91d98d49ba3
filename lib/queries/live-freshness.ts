/** The live polling period used until a source's own `refreshSeconds` is known. */
export const defaultRefreshSeconds = 5;

/** A source's live polling period in milliseconds, as the browser polls and judges overdue. */
export function refreshMsOf(refreshSeconds: number = defaultRefreshSeconds): number {
  return Math.max(1, refreshSeconds) * 1000;
}

/** Refresh periods without an answer after which the data on screen no longer counts as live. */
export const overduePeriods = 3;

export interface LiveFreshnessInput {
  /** The server's age of the data when it was received, or null when it cannot tell. */
  serverAgeSeconds: number | null;
  /** When the browser received it (ms since epoch). */
  receivedAtMs: number;
  nowMs: number;
  refreshSeconds: number;
  /** The server already marked the data stale. */
  serverStale: boolean;
  serverReason: string | undefined;
  /** The browser's last request failed (our server unreachable or erroring), with its message. */
  requestError: string | undefined;
  /** What to say when answers simply stopped coming. */
  noUpdateReason: string;
}

export interface LiveFreshness {
  ageSeconds: number;
  stale: boolean;
  overdue: boolean;
  reason: string | undefined;
}

/**
 * How old the data on screen is and whether it is still live: stale when the server says so,
 * when our own request failed, or when no answer came for `overduePeriods` of the source's period.
 */
export function liveFreshness(input: LiveFreshnessInput): LiveFreshness {
  const sinceReceived = Math.max(0, (input.nowMs - input.receivedAtMs) / 1000);
  const ageSeconds = (input.serverAgeSeconds ?? 0) + sinceReceived;
  const overdue =
    input.nowMs - input.receivedAtMs > overduePeriods * refreshMsOf(input.refreshSeconds);
  const stale = input.serverStale || input.requestError !== undefined || overdue;
  const reason =
    input.requestError ?? input.serverReason ?? (overdue ? input.noUpdateReason : undefined);
  return { ageSeconds, stale, overdue, reason };
}

/** Why an upstream call failed; route handlers map each kind to one HTTP status. */
export type UpstreamErrorKind =
  'http' | 'auth' | 'timeout' | 'network' | 'parse' | 'schema' | 'rate-limit';

/** How one upstream attempt ended: `ok`, the error kind, or `error` for anything unexpected. */
export type UpstreamOutcome = 'ok' | UpstreamErrorKind | 'error';

export interface UpstreamErrorDetails {
  status?: number;
  /** Seconds the upstream asked us to wait (Retry-After, X-RateLimit-Reset). */
  retryAfterSeconds?: number;
}

// Next bundles route handlers apart, so one process may hold several copies of this class: the
// long-lived source runtimes throw one copy's errors and a route checks them with another's.
// A registered symbol is the same in every copy, where `instanceof` is not.
const brand = Symbol.for('callboard.UpstreamError');

/**
 * A failed upstream call. The message is written by us and safe to show to users and logs:
 * it names the source's API and what failed, never a URL query, credential or raw body.
 */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly [brand] = true;

  constructor(
    readonly kind: UpstreamErrorKind,
    message: string,
    readonly details: UpstreamErrorDetails = {},
  ) {
    super(message);
  }
}

/** Whether `error` is an UpstreamError, whichever bundle's copy of the class made it. */
export function isUpstreamError(error: unknown): error is UpstreamError {
  return typeof error === 'object' && error !== null && brand in error;
}

import { LRUCache } from 'lru-cache';
import type { Caller } from '@/lib/auth/roles';
import { ConfigError } from '@/lib/config/config-error';
import { apiError } from './responses';

export interface RequestLimit {
  /** Sustained requests per minute per caller; 0 turns the limit off. */
  perMinute: number;
  /** Requests a caller may make at once before the sustained rate applies. */
  burst: number;
}

/**
 * Generous for people and screens: a page that fires a dozen requests at once, the reports page
 * retrying, many TVs on one display link; still a ceiling for a script or a stuck tab that would
 * otherwise keep the server and its upstreams busy.
 */
export const defaultRequestLimit: RequestLimit = { perMinute: 600, burst: 120 };

export type RequestVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  atMs: number;
}

/** A token bucket per caller: `burst` at once, refilled at `perMinute`. */
export class CallerRequestLimiter {
  // Callers are authenticated, so their number is bounded; the cap only guards memory.
  private readonly buckets = new LRUCache<string, Bucket>({ max: 10_000 });

  constructor(
    private readonly limit: RequestLimit,
    private readonly now: () => number = Date.now,
  ) {}

  take(callerKey: string): RequestVerdict {
    const { perMinute, burst } = this.limit;
    if (perMinute === 0) return { allowed: true };
    const perMs = perMinute / 60_000;
    const now = this.now();
    const bucket = this.buckets.get(callerKey) ?? { tokens: burst, atMs: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.atMs) * perMs);
    bucket.atMs = now;
    this.buckets.set(callerKey, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
    };
  }
}

/** The caller's identity for limits: a person or an API token by name, a display link by id. */
export const callerKey = (caller: Caller): string =>
  caller.display ? `display:${caller.display.linkId}` : `${caller.kind}:${caller.name}`;

/**
 * Reads CALLBOARD_API_REQUESTS_PER_MINUTE (0 = off) and CALLBOARD_API_BURST; a malformed value
 * is a ConfigError naming the variable.
 */
export function requestLimitFromEnv(env: Record<string, string | undefined>): RequestLimit {
  const perMinute = wholeNumber(
    env,
    'CALLBOARD_API_REQUESTS_PER_MINUTE',
    defaultRequestLimit.perMinute,
    0,
  );
  const burst = wholeNumber(env, 'CALLBOARD_API_BURST', defaultRequestLimit.burst, 1);
  return { perMinute, burst };
}

function wholeNumber(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,7}$/.test(raw) || Number(raw) < min) {
    throw new ConfigError('(environment)', [
      { path: name, message: `expected a whole number from ${min} to 9999999, got "${raw}"` },
    ]);
  }
  return Number(raw);
}

// One limiter per app context (per process when serving; fresh for each test's context). Kept on
// globalThis because route handlers may be bundled apart.
const globalKey = Symbol.for('callboard.requestLimiters');
type GlobalWithLimiters = typeof globalThis & {
  [globalKey]?: WeakMap<object, CallerRequestLimiter>;
};

/** Takes one request from the caller's budget: undefined when allowed, else a 429 to answer. */
export function refuseOverLimit(app: object, caller: Caller): Response | undefined {
  const store = globalThis as GlobalWithLimiters;
  const limiters = (store[globalKey] ??= new WeakMap());
  let limiter = limiters.get(app);
  if (!limiter) {
    limiter = new CallerRequestLimiter(requestLimitFromEnv(process.env));
    limiters.set(app, limiter);
  }
  const verdict = limiter.take(callerKey(caller));
  if (verdict.allowed) return undefined;
  const response = apiError(
    429,
    'rate_limited',
    `too many requests from ${caller.kind} ${caller.name}; retry in ${verdict.retryAfterSeconds} s`,
  );
  response.headers.set('Retry-After', String(verdict.retryAfterSeconds));
  return response;
}

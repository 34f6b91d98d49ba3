import { jsonResponse, type SimResponse } from '../../http/router';

/** Laravel's `throttle:api` (default 60/min per user, else per IP), on the simulator clock. */
export interface Throttle {
  /** Counts one hit; returns the headers for the answer, or a 429 when the key is exhausted. */
  hit(key: string, nowMs: number): ThrottleResult;
}

export type ThrottleResult = { headers: Record<string, string> } | { rejected: SimResponse };

const DECAY_MS = 60_000;

export function createThrottle(perMinute: number): Throttle {
  const windows = new Map<string, { resetAtMs: number; hits: number }>();
  return {
    hit: (key, nowMs): ThrottleResult => {
      if (perMinute <= 0) return { headers: {} };
      let w = windows.get(key);
      if (!w || nowMs >= w.resetAtMs) {
        w = { resetAtMs: nowMs + DECAY_MS, hits: 0 };
        windows.set(key, w);
      }
      if (w.hits >= perMinute) {
        const retryAfter = Math.max(1, Math.ceil((w.resetAtMs - nowMs) / 1000));
        const headers = {
          'retry-after': String(retryAfter),
          'x-ratelimit-limit': String(perMinute),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(nowMs / 1000) + retryAfter),
        };
        return { rejected: jsonResponse(429, { message: 'Too Many Attempts.' }, headers) };
      }
      w.hits += 1;
      return {
        headers: {
          'x-ratelimit-limit': String(perMinute),
          'x-ratelimit-remaining': String(perMinute - w.hits),
        },
      };
    },
  };
}

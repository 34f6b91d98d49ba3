import { jsonResponse, type SimResponse } from '../../http/router';

/** Telphin's request limits: an hourly quota per client and resource, one stats request at a time. */

/** The documented over-quota answer: 429 with status `rate_limit_exceeded`, no Retry-After. */
export function quotaExceeded(headers: Record<string, string> = {}): SimResponse {
  return jsonResponse(
    429,
    { message: 'Request limit exceeded', status: 'rate_limit_exceeded' },
    headers,
  );
}

/** The `X-RateLimit-*` headers of a used-up quota that resets in `resetSeconds`. */
export function quotaHeaders(limit: number, remaining: number, resetSeconds: number) {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.max(0, remaining)),
    'x-ratelimit-reset': String(resetSeconds),
  };
}

const HOUR_MS = 3_600_000;

export interface QuotaResult {
  ok: boolean;
  headers: Record<string, string>;
}

export interface HourlyQuota {
  /** Counts a request unless the quota is used up; `ok` false means answer 429. */
  take(key: string, nowMs: number): QuotaResult;
  /** Headers for replies that are not counted (unknown client, token endpoint). */
  peek(nowMs: number): Record<string, string>;
}

/** Windows are clock hours (UTC, simulator time): "the next request only in the next hour". */
export function createHourlyQuota(limit: number): HourlyQuota {
  const used = new Map<string, { hour: number; count: number }>();
  const headers = (remaining: number, nowMs: number): Record<string, string> =>
    quotaHeaders(
      limit,
      remaining,
      Math.ceil(((Math.floor(nowMs / HOUR_MS) + 1) * HOUR_MS - nowMs) / 1000),
    );
  return {
    take: (key, nowMs) => {
      const hour = Math.floor(nowMs / HOUR_MS);
      let entry = used.get(key);
      if (!entry || entry.hour !== hour) {
        entry = { hour, count: 0 };
        used.set(key, entry);
      }
      if (entry.count >= limit) return { ok: false, headers: headers(0, nowMs) };
      entry.count += 1;
      return { ok: true, headers: headers(limit - entry.count, nowMs) };
    },
    peek: (nowMs) => headers(limit, nowMs),
  };
}

/** Per-client lock for stats requests; `acquire` returns a release function or null when busy. */
export function createStatsLock(): (client: string) => (() => void) | null {
  const busy = new Set<string>();
  return (client) => {
    if (busy.has(client)) return null;
    busy.add(client);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      busy.delete(client);
    };
  };
}

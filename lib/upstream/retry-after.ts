/** Telphin's quota resets hourly; no upstream we speak asks for a longer pause than that. */
export const maxRetryAfterSeconds = 3600;

/** Values above this are instants (epoch seconds), not durations: it is 2001-09-09 as an instant. */
const epochSecondsFloor = 1_000_000_000;

/**
 * Seconds to wait before the next request, from a 429's headers: `Retry-After` (seconds or an
 * HTTP date), else `X-RateLimit-Reset`, which Telphin sends as seconds until the reset and other
 * APIs as the reset's epoch second. Capped, so a wrong header cannot freeze a source for years.
 */
export function retryAfterSeconds(headers: Headers, nowMs: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    const seconds = /^\d+(\.\d+)?$/.test(retryAfter)
      ? Number(retryAfter)
      : secondsUntil(Date.parse(retryAfter) / 1000, nowMs);
    if (seconds !== undefined) return capped(seconds);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (!reset || !/^\d+(\.\d+)?$/.test(reset)) return undefined;
  const value = Number(reset);
  return capped(value >= epochSecondsFloor ? (secondsUntil(value, nowMs) ?? 0) : value);
}

function secondsUntil(epochSeconds: number, nowMs: number): number | undefined {
  if (!Number.isFinite(epochSeconds)) return undefined;
  return Math.max(0, Math.ceil(epochSeconds - nowMs / 1000));
}

function capped(seconds: number): number {
  return Math.min(maxRetryAfterSeconds, Math.max(0, seconds));
}

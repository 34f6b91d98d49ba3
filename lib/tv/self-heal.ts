/** When a TV page reloads itself: no good update for this long, or the JS heap grew past this. */
export const staleReloadMs = 5 * 60_000;
export const heapLimitBytes = 512 * 1024 * 1024;
/** A reload waits a random part of this, so a wall of screens does not reload at the same moment. */
export const reloadJitterMs = 60_000;

export interface HealthInputs {
  now: number;
  lastGoodUpdateAt: number;
  heapUsedBytes: number | null;
}

/** Why the page should reload itself, or null while it is healthy. */
export function reloadReason({
  now,
  lastGoodUpdateAt,
  heapUsedBytes,
}: HealthInputs): string | null {
  if (now - lastGoodUpdateAt > staleReloadMs) return 'no good update for 5 minutes';
  if (heapUsedBytes !== null && heapUsedBytes > heapLimitBytes) return 'memory limit reached';
  return null;
}

/** A delay in [0, reloadJitterMs) from a random number in [0, 1). */
export function jitteredDelayMs(random: number): number {
  return Math.floor(Math.min(Math.max(random, 0), 0.999_999) * reloadJitterMs);
}

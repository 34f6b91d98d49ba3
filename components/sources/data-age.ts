/** Seconds from an API time (ISO 8601 with offset) to `nowMs`, never negative; null if unreadable. */
export function secondsSince(iso: string | null, nowMs: number): number | null {
  if (iso === null) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : Math.max(0, (nowMs - at) / 1000);
}

/** Which page of a rotation shows `elapsedMs` after it started, and for how long still. */
export function rotationAt(
  durationsSeconds: readonly number[],
  elapsedMs: number,
): { index: number; remainingMs: number } {
  const durations = durationsSeconds.map((s) => Math.max(1, s) * 1000);
  const cycle = durations.reduce((sum, d) => sum + d, 0);
  if (durations.length <= 1 || cycle === 0) return { index: 0, remainingMs: Infinity };
  let into = ((elapsedMs % cycle) + cycle) % cycle;
  for (const [index, duration] of durations.entries()) {
    if (into < duration) return { index, remainingMs: duration - into };
    into -= duration;
  }
  return { index: 0, remainingMs: durations[0] ?? Infinity };
}

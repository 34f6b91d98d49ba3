/**
 * Adds figures a source may not know: one unknown (null) makes the sum unknown, since adding up
 * only the known part would understate it and look exact. `whenEmpty` is the sum of no figures.
 */
export function sumKnown(
  values: readonly (number | null | undefined)[],
  whenEmpty: number | null = null,
): number | null {
  if (values.length === 0) return whenEmpty;
  let total = 0;
  for (const value of values) {
    if (typeof value !== 'number') return null;
    total += value;
  }
  return total;
}

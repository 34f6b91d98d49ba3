/**
 * How many category ticks to skip between two drawn ones on a chart's x axis, so that labels do
 * not collide: Recharts' own `preserveStartEnd` measures every label in the DOM (a forced layout
 * per label: about a third of the drawing time of a 744-hour chart), whereas a number is taken
 * as is. Label widths are estimated from their length at the axis' font size; 0.62 em per
 * character errs wide for the digits, spaces and short month names our labels use.
 */
export function axisInterval(
  labels: readonly string[],
  plotWidth: number,
  { fontPx = 12, minGapPx = 12 }: { fontPx?: number; minGapPx?: number } = {},
): number {
  if (labels.length === 0) return 0;
  const longest = labels.reduce((max, label) => Math.max(max, label.length), 0);
  const slot = longest * fontPx * 0.62 + minGapPx;
  const fits = Math.max(1, Math.floor(plotWidth / slot));
  return Math.max(0, Math.ceil(labels.length / fits) - 1);
}

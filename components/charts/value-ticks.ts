import type { CallsChartData } from './calls-chart-data';

/**
 * The y axis of a calls chart: 0 up to the tallest stack (or the comparison line, if higher) in
 * at most `count` steps of 1, 2 or 5 × 10ⁿ calls. Recharts' own "nice" steps also take 0.05
 * multiples, which reads 0, 85, 170, 255, 340 on a month by hour; these read 0, 100, 200, 300.
 */
export function valueTicks(data: Pick<CallsChartData, 'rows' | 'series'>, count = 5): number[] {
  let top = 0;
  for (const row of data.rows) {
    let stack = 0;
    for (const key of data.series) stack += row[key] ?? 0;
    top = Math.max(top, stack, row.comparison ?? 0);
  }
  if (top <= 0) return [0, 1];
  const rough = top / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ??
    10 * magnitude;
  // Whole calls only: below one call per step the axis counts 0, 1, 2…
  const whole = Math.max(1, step);
  const steps = Math.ceil(top / whole);
  return Array.from({ length: steps + 1 }, (_, i) => i * whole);
}

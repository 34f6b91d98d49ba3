import type { CallsSeriesKey } from './calls-chart-data';

/** The chart palette as CSS variables (theme tokens, Okabe–Ito); a PDF export may resolve them. */
export const chartPalette = [
  'var(--color-chart-1)',
  'var(--color-chart-2)',
  'var(--color-chart-3)',
  'var(--color-chart-4)',
  'var(--color-chart-5)',
  'var(--color-chart-6)',
  'var(--color-chart-7)',
  'var(--color-chart-8)',
] as const;

/** Stable colour and fill pattern per series, so a series looks the same on every chart. */
export const seriesStyle: Record<CallsSeriesKey, { color: number; pattern: SeriesPattern }> = {
  incoming: { color: 0, pattern: 'solid' },
  outgoing: { color: 1, pattern: 'stripes' },
  internal: { color: 6, pattern: 'dots' },
  answered: { color: 2, pattern: 'solid' },
  notAnswered: { color: 3, pattern: 'stripes' },
};

/** The comparison line's colour index (grey): it reads as a reference, not a series. */
export const comparisonColor = 7;

export type SeriesPattern = 'solid' | 'stripes' | 'dots';

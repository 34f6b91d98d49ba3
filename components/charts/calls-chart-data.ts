import { sumKnown } from '@/lib/model/sum-known';
import type { SeriesBucket } from '@/lib/model/source';
import type { BucketCounts, SeriesPoint } from '@/lib/model/stats';
import { bucketLabels } from './bucket-labels';

export type CallsChartMode = 'direction' | 'outcome';

export const directionKeys = ['incoming', 'outgoing', 'internal'] as const;
export const outcomeKeys = ['answered', 'notAnswered'] as const;
export type CallsSeriesKey = (typeof directionKeys)[number] | (typeof outcomeKeys)[number];

/** One bar group: the bucket, its label, a value per series (null: the source cannot tell). */
export type CallsChartRow = {
  start: string;
  label: string;
  /** The comparison line (e.g. same weekday's average), null where there is none. */
  comparison: number | null;
} & Partial<Record<CallsSeriesKey, number | null>>;

export interface CallsChartData {
  rows: CallsChartRow[];
  /** The series with any data, in drawing order. */
  series: CallsSeriesKey[];
  hasComparison: boolean;
  /** Set when buckets were added together to stay within `maxPoints`. */
  downsampled: { shown: number; total: number; perPoint: number } | null;
}

/** More bars than this per series are unreadable and slow; beyond it buckets are added up. */
export const maxChartPoints = 500;

function present(point: SeriesPoint): BucketCounts[] {
  return directionKeys.map((key) => point[key]).filter((counts) => counts !== null);
}

function outcome(point: SeriesPoint, key: 'answered' | 'notAnswered'): number | null {
  const counts = present(point);
  return sumKnown(
    counts.map(({ total, notAnswered }) => {
      if (key === 'notAnswered') return notAnswered;
      return total === null || notAnswered === null ? null : total - notAnswered;
    }),
  );
}

/**
 * Shapes a series for the calls chart: by direction (each direction's total) or by outcome
 * (answered and not answered over every direction the source reports). Directions a source never
 * reports are left out, not drawn as zero.
 */
export function callsChartData(
  points: readonly SeriesPoint[],
  options: {
    mode: CallsChartMode;
    bucket: SeriesBucket;
    comparison?: readonly (number | null)[];
    maxPoints?: number;
    locale?: string;
  },
): CallsChartData {
  const labels = bucketLabels(
    points.map((point) => point.start),
    options.bucket,
    options.locale,
  );
  const series: CallsSeriesKey[] =
    options.mode === 'direction'
      ? directionKeys.filter((key) => points.some((point) => point[key] !== null))
      : points.some((point) => present(point).length > 0)
        ? [...outcomeKeys]
        : [];
  const rows = points.map((point, index): CallsChartRow => {
    const row: CallsChartRow = {
      start: point.start,
      label: labels[index] ?? point.start,
      comparison: options.comparison?.[index] ?? null,
    };
    for (const key of series) {
      row[key] =
        key === 'answered' || key === 'notAnswered'
          ? outcome(point, key)
          : (point[key]?.total ?? null);
    }
    return row;
  });
  const hasComparison = rows.some((row) => row.comparison !== null);
  return {
    ...downsample(rows, series, options.maxPoints ?? maxChartPoints),
    series,
    hasComparison,
  };
}

function downsample(
  rows: CallsChartRow[],
  series: readonly CallsSeriesKey[],
  maxPoints: number,
): Pick<CallsChartData, 'rows' | 'downsampled'> {
  if (rows.length <= maxPoints) return { rows, downsampled: null };
  const perPoint = Math.ceil(rows.length / maxPoints);
  const merged: CallsChartRow[] = [];
  for (let index = 0; index < rows.length; index += perPoint) {
    const group = rows.slice(index, index + perPoint);
    const first = group[0];
    if (!first) break;
    const row: CallsChartRow = {
      start: first.start,
      label: first.label,
      comparison: sumKnown(group.map((r) => r.comparison)),
    };
    for (const key of series) row[key] = sumKnown(group.map((r) => r[key] ?? null));
    merged.push(row);
  }
  return { rows: merged, downsampled: { shown: merged.length, total: rows.length, perPoint } };
}

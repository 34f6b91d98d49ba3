import type { DirectionTotals, SummaryData } from '@/lib/model/stats';

export const summaryDirections = ['incoming', 'outgoing', 'internal'] as const;
export type SummaryDirection = (typeof summaryDirections)[number];

/** The figures a direction's KPI row shows; null where the source cannot tell. */
export interface DirectionFigures {
  total: number | null;
  answered: number | null;
  notAnswered: number | null;
  talkSeconds: number | null;
  /** Talk time ÷ answered calls; null without either, or with no answered call. */
  averageTalkSeconds: number | null;
}

export function directionFigures(totals: DirectionTotals): DirectionFigures {
  const { total, answered, notAnswered, talkSeconds } = totals;
  return {
    total,
    answered,
    notAnswered,
    talkSeconds,
    averageTalkSeconds:
      talkSeconds !== null && answered !== null && answered > 0 ? talkSeconds / answered : null,
  };
}

/** The directions the source reports, with their figures, in a fixed order. */
export function summaryRows(
  summary: SummaryData,
): { direction: SummaryDirection; figures: DirectionFigures }[] {
  return summaryDirections.flatMap((direction) => {
    const totals = summary[direction];
    return totals ? [{ direction, figures: directionFigures(totals) }] : [];
  });
}

/** True when the period has no call in any direction the source reports. */
export function summaryIsEmpty(summary: SummaryData): boolean {
  return summaryRows(summary).every(({ figures }) => (figures.total ?? 0) === 0);
}

import type { SeriesPoint } from '@/lib/model/stats';

export interface HourlyBar {
  /** "09": the bucket's local hour, as written in its start time (the source's offset). */
  hour: string;
  /** Null when the source cannot tell (a bar is left out, never drawn as 0). */
  answered: number | null;
  notAnswered: number | null;
}

/** Today's incoming calls per hour as answered / not answered bars; null when the source cannot tell. */
export function hourlyBars(points: SeriesPoint[]): HourlyBar[] | null {
  if (points.length > 0 && points.every((p) => p.incoming === null)) return null;
  return points.map((point) => {
    const total = point.incoming?.total ?? null;
    const notAnswered = point.incoming?.notAnswered ?? null;
    const answered =
      total !== null && notAnswered !== null ? Math.max(0, total - notAnswered) : null;
    return { hour: point.start.slice(11, 13), answered, notAnswered };
  });
}

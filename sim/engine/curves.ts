import type { QueueDef } from './roster';

/**
 * Relative incoming intensity at the middle of each local hour: quiet night, morning ramp,
 * late-morning peak, lunch dip at 13:00, afternoon peak, evening decline.
 */
export const HOURLY_WEIGHTS: readonly number[] = [
  0.14, 0.09, 0.06, 0.05, 0.05, 0.08, 0.2, 0.35, 0.8, 1.45, 1.9, 2.0, 1.7, 1.3, 1.75, 2.05, 1.9,
  1.5, 1.05, 0.75, 0.55, 0.4, 0.28, 0.2,
];

/** Day-of-week volume (0 = Sunday): Monday heavy, Friday lighter. Weekend handled per queue. */
export const WEEKDAY_FACTORS: readonly number[] = [1, 1.15, 1.02, 1, 0.98, 0.92, 1];

/** Smoothed intensity at a local second of day (linear between hour midpoints). */
export function intradayWeight(secondOfDay: number): number {
  const h = secondOfDay / 3600 - 0.5;
  const lo = Math.floor(h);
  const frac = h - lo;
  const w0 = HOURLY_WEIGHTS[(lo + 24) % 24] ?? 0;
  const w1 = HOURLY_WEIGHTS[(lo + 25) % 24] ?? 0;
  return w0 + (w1 - w0) * frac;
}

/** Sum of the hourly weights, so that rate × weight / sum integrates to the daily total. */
export const WEIGHT_SUM = HOURLY_WEIGHTS.reduce((sum, w) => sum + w, 0);

export function isNightSecond(secondOfDay: number): boolean {
  const hour = Math.floor(secondOfDay / 3600) % 24;
  return hour >= 21 || hour < 8;
}

/** Expected incoming calls per second for a queue at a local second of day. */
export function arrivalRate(
  queue: QueueDef,
  dailyTotal: number,
  weekday: number,
  secondOfDay: number,
): number {
  const weekendFactor = weekday === 6 ? queue.weekend[0] : weekday === 0 ? queue.weekend[1] : 1;
  const weekdayFactor = WEEKDAY_FACTORS[weekday] ?? 1;
  const night = isNightSecond(secondOfDay) ? queue.night : 1;
  const perHour = (dailyTotal * queue.share * intradayWeight(secondOfDay)) / WEIGHT_SUM;
  return (perHour * weekendFactor * weekdayFactor * night) / 3600;
}

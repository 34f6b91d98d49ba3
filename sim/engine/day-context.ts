import {
  addDays,
  dayOrdinal,
  dayStartMs,
  localParts,
  localTimeMs,
  offsetMs,
  weekdayOf,
} from './zoned-time';
import { DEFAULT_CENTER, type CenterShape } from './roster';

/** Everything the generator needs to map between local times of one day and epoch ms. */
export interface DayContext {
  dayKey: string;
  timeZone: string;
  startMs: number;
  endMs: number;
  weekday: number;
  ordinal: number;
  /** Who works in this center and its daily volume. */
  center: CenterShape;
  /** Local second of day of an instant inside the day. */
  secondOfDay(ms: number): number;
  /** Instant of a local second of day (0..86400); DST days stretch or squeeze. */
  msAt(secondOfDay: number): number;
}

export function createDayContext(
  dayKey: string,
  timeZone: string,
  center: CenterShape = DEFAULT_CENTER,
): DayContext {
  const startMs = dayStartMs(dayKey, timeZone);
  const endMs = dayStartMs(addDays(dayKey, 1), timeZone);
  const startOffset = offsetMs(startMs, timeZone);
  // Fast path: a day without an offset change is a plain 24 h linear mapping.
  const uniform = endMs - startMs === 86_400_000 && offsetMs(endMs - 1, timeZone) === startOffset;
  const secondOfDay = (ms: number): number => {
    if (uniform) return Math.floor((ms - startMs) / 1000);
    const p = localParts(ms, timeZone);
    return p.hour * 3600 + p.minute * 60 + p.second;
  };
  const msAt = (second: number): number => {
    if (uniform || second <= 0) return startMs + second * 1000;
    if (second >= 86_400) return endMs + (second - 86_400) * 1000;
    return Math.min(endMs, Math.max(startMs, localTimeMs(dayKey, second, timeZone)));
  };
  return {
    dayKey,
    timeZone,
    startMs,
    endMs,
    weekday: weekdayOf(dayKey),
    ordinal: dayOrdinal(dayKey),
    center,
    secondOfDay,
    msAt,
  };
}

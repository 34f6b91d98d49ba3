import type { Threshold } from '@/lib/model/board';

/** How urgent a figure is; shown as colour, icon and word together, never colour alone. */
export type Level = 'ok' | 'warning' | 'alert';

/** The level one reading falls in; an unknown value (null) is never an alarm. */
export function rawLevel(value: number | null, threshold: Threshold): Level {
  if (value === null) return 'ok';
  const beyond = (limit: number) =>
    threshold.direction === 'above' ? value >= limit : value <= limit;
  if (beyond(threshold.alert)) return 'alert';
  return beyond(threshold.warning) ? 'warning' : 'ok';
}

/** The shown level, and a different level seen in the last `count` readings in a row. */
export interface LevelState {
  level: Level;
  candidate: Level | null;
  count: number;
}

export const initialLevelState: LevelState = { level: 'ok', candidate: null, count: 0 };

/**
 * Hysteresis: the shown level changes only after `consecutive` readings in a row at the new
 * level, so a figure flickering around a limit does not flash the screen.
 */
export function nextLevelState(state: LevelState, reading: Level, consecutive: number): LevelState {
  if (reading === state.level) return { level: state.level, candidate: null, count: 0 };
  const count = reading === state.candidate ? state.count + 1 : 1;
  if (count >= consecutive) return { level: reading, candidate: null, count: 0 };
  return { level: state.level, candidate: reading, count };
}

'use client';

import { useEffect, useRef } from 'react';
import type { Threshold } from '@/lib/model/board';
import { initialLevelState, nextLevelState, rawLevel } from '@/lib/tv/levels';
import { useTv } from './tv-context';

/**
 * The shown level of a figure with hysteresis: each new reading (a new `readingKey`, e.g. the
 * data's arrival) counts once, however often the screen re-renders (the step is idempotent per
 * key). `id` names the figure on the board, so its level survives a page rotating out and in.
 */
export function useLevel(
  id: string,
  value: number | null,
  threshold: Threshold | undefined,
  readingKey: string | null,
) {
  const { onAlert, levels } = useTv();
  const entry = levels.get(id) ?? { state: initialLevelState, lastKey: null };
  let state = entry.state;
  if (threshold && readingKey !== null && readingKey !== entry.lastKey) {
    state = nextLevelState(entry.state, rawLevel(value, threshold), threshold.consecutive);
    levels.set(id, { state, lastKey: readingKey });
  }
  const previous = useRef(state.level);
  useEffect(() => {
    if (state.level === 'alert' && previous.current !== 'alert') onAlert();
    previous.current = state.level;
  }, [state.level, onAlert]);

  return threshold ? { level: state.level, pending: state.count } : null;
}

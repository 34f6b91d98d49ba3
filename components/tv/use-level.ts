'use client';

import { useEffect, useRef, useState } from 'react';
import type { Threshold } from '@/lib/model/board';
import { initialLevelState, nextLevelState, rawLevel, type Level } from '@/lib/tv/levels';
import { useTv } from './tv-context';

/**
 * The shown level of a figure with hysteresis: each new reading (a new `readingKey`, e.g. the
 * data's fetch time) counts once, however often the screen re-renders.
 */
export function useLevel(
  value: number | null,
  threshold: Threshold | undefined,
  readingKey: string | null,
) {
  const { onAlert } = useTv();
  const state = useRef(initialLevelState);
  const lastKey = useRef<string | null>(null);
  const [shown, setShown] = useState<{ level: Level; pending: number }>({
    level: 'ok',
    pending: 0,
  });

  useEffect(() => {
    if (!threshold || readingKey === null || readingKey === lastKey.current) return;
    lastKey.current = readingKey;
    const before = state.current.level;
    state.current = nextLevelState(
      state.current,
      rawLevel(value, threshold),
      threshold.consecutive,
    );
    setShown({ level: state.current.level, pending: state.current.count });
    if (state.current.level === 'alert' && before !== 'alert') onAlert();
  }, [value, threshold, readingKey, onAlert]);

  return threshold ? shown : null;
}

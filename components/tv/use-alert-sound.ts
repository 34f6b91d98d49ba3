'use client';

import { useCallback, useRef } from 'react';

/** A short two-tone chime through Web Audio when a widget turns to alert; silent unless enabled. */
export function useAlertSound(enabled: boolean) {
  const context = useRef<AudioContext | null>(null);
  return useCallback(() => {
    if (!enabled || typeof AudioContext === 'undefined') return;
    context.current ??= new AudioContext();
    const audio = context.current;
    [880, 660].forEach((frequency, i) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.value = 0.2;
      oscillator.connect(gain).connect(audio.destination);
      const start = audio.currentTime + i * 0.25;
      oscillator.start(start);
      oscillator.stop(start + 0.2);
    });
  }, [enabled]);
}

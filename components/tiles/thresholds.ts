/** How urgent a figure is; shown as colour and as a word, never colour alone. */
export type Tone = 'ok' | 'warn' | 'alert';

/** Default thresholds until boards get their own (admin); tuned for a typical inbound queue. */
export const defaultThresholds = {
  waiting: { warn: 1, alert: 5 },
  longestWaitSeconds: { warn: 30, alert: 90 },
};

export function toneFor(value: number | null, limits: { warn: number; alert: number }): Tone {
  if (value === null || value < limits.warn) return 'ok';
  return value >= limits.alert ? 'alert' : 'warn';
}

export const toneClasses: Record<Tone, string> = {
  ok: 'text-ok',
  warn: 'text-warn',
  alert: 'text-alert',
};

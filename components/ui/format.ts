/** "42 s", "3 min 05 s", "1 h 02 min": compact durations for tiles and ages. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** A count or the placeholder when the source cannot tell (null is never shown as 0). */
export function formatCount(value: number | null, unknown: string): string {
  return value === null ? unknown : String(value);
}

/** "12.5 %" (one decimal), or the placeholder when the source cannot tell. */
export function formatPercent(value: number | null, unknown: string): string {
  return value === null ? unknown : `${(Math.round(value * 10) / 10).toFixed(1)} %`;
}

/** A duration, or the placeholder when the source cannot tell. */
export function formatSeconds(value: number | null, unknown: string): string {
  return value === null ? unknown : formatDuration(value);
}

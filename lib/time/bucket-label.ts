import type { SeriesBucket } from '@/lib/model/source';

/**
 * Display labels of series points. A point's `start` is ISO 8601 with the offset its zone had
 * then (`2026-10-25T02:00:00+02:00`), so the label is read from the text itself: the local wall
 * time and, where two points of one list share a local hour (the repeated hour of an autumn
 * change), that offset too: "02:00 (UTC+2)" and "02:00 (UTC+1)". Pure, no zone data needed.
 */

const isoStart =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

interface Parsed {
  date: string;
  month: string;
  time: string;
  offset: string;
}

function parse(start: string): Parsed | undefined {
  const match = isoStart.exec(start);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, offset] = match;
  return {
    date: `${year}-${month}-${day}`,
    month: `${year}-${month}`,
    time: `${hour}:${minute}`,
    offset: offset ?? 'Z',
  };
}

/** "+02:00" → "UTC+2", "+05:30" → "UTC+5:30", "-03:00" → "UTC−3", "Z"/"+00:00" → "UTC". */
export function offsetLabel(offset: string): string {
  if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') return 'UTC';
  const sign = offset.startsWith('-') ? '−' : '+';
  const [hours = '0', minutes = '00'] = offset.slice(1).split(':');
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/**
 * Labels of every point's start, in order: hours as "HH:mm" (with the date when the points span
 * more than one day), days as "yyyy-mm-dd", months as "yyyy-mm". Labels that would read the same
 * twice get their offset: "02:00 (UTC+2)", "02:00 (UTC+1)". A start that is not ISO 8601 with an
 * offset is shown as it is.
 */
export function bucketLabels(starts: readonly string[], bucket: SeriesBucket): string[] {
  const parsed = starts.map(parse);
  const dates = new Set(parsed.map((p) => p?.date));
  const plain = parsed.map((p, index) => {
    if (!p) return starts[index] ?? '';
    if (bucket === 'month') return p.month;
    if (bucket === 'day') return p.date;
    return dates.size > 1 ? `${p.date} ${p.time}` : p.time;
  });
  const seen = new Map<string, number>();
  for (const label of plain) seen.set(label, (seen.get(label) ?? 0) + 1);
  return plain.map((label, index) => {
    const p = parsed[index];
    return p && (seen.get(label) ?? 0) > 1 ? `${label} (${offsetLabel(p.offset)})` : label;
  });
}

/** The label of one point's start among the starts of its list (see `bucketLabels`). */
export function bucketLabel(
  start: string,
  starts: readonly string[],
  bucket: SeriesBucket,
): string {
  const index = starts.indexOf(start);
  const labels = bucketLabels(index === -1 ? [...starts, start] : starts, bucket);
  return labels[index === -1 ? labels.length - 1 : index] ?? start;
}

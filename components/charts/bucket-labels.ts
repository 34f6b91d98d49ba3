import type { SeriesBucket } from '@/lib/model/source';
import { formatMonthDay, formatMonthYear } from '@/components/ui/calendar';
import { offsetLabel } from '@/lib/time/offset-label';

interface LocalParts {
  date: string;
  year: number;
  month: number;
  day: number;
  time: string;
  offset: string;
}

const isoPattern = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** The local wall-clock parts of an API time (ISO 8601 with the source's offset), or null. */
export function localParts(iso: string): LocalParts | null {
  const match = isoPattern.exec(iso);
  if (!match) return null;
  const [, year = '', month = '', day = '', time = '', offset = ''] = match;
  return {
    date: `${year}-${month}-${day}`,
    year: Number(year),
    month: Number(month),
    day: Number(day),
    time,
    offset: offset === 'Z' ? '+00:00' : offset,
  };
}

// The local date as a UTC instant, formatted in UTC: no zone rule can shift the day.
const utcDay = (parts: LocalParts) => Date.UTC(parts.year, parts.month - 1, parts.day);

/**
 * Axis labels for bucket starts, in the source's local time. Hours read "14:00" (with the date
 * when the range spans days); when two hours read the same — the repeated hour when summer time
 * ends — each gets its offset ("02:00 (UTC+2)", "02:00 (UTC+1)") so the reader can tell them apart.
 */
export function bucketLabels(starts: readonly string[], bucket: SeriesBucket, locale = 'en') {
  const parts = starts.map(localParts);
  const manyDays = new Set(parts.map((p) => p?.date)).size > 1;
  const plain = parts.map((part, index) => {
    if (!part) return starts[index] ?? '';
    if (bucket === 'month') return formatMonthYear(utcDay(part), 'UTC', locale);
    const date = formatMonthDay(utcDay(part), 'UTC', locale);
    if (bucket === 'day') return date;
    return manyDays ? `${date} ${part.time}` : part.time;
  });
  const seen = new Map<string, number>();
  for (const label of plain) seen.set(label, (seen.get(label) ?? 0) + 1);
  return plain.map((label, index) => {
    const offset = parts[index]?.offset;
    return (seen.get(label) ?? 0) > 1 && offset ? `${label} (${offsetLabel(offset)})` : label;
  });
}

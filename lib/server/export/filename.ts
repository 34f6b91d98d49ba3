import { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import type { StatsFormat, StatsReport } from '@/lib/server/api/stats-params';

export type ExportFormat = Exclude<StatsFormat, 'json'>;

export interface ExportName {
  source: string;
  report: StatsReport;
  bucket?: SeriesBucket;
  /** The body's `from` and `to`: ISO 8601 with the source's offset, `to` exclusive. */
  from: string;
  to: string;
  format: ExportFormat;
}

/**
 * `callboard_<source>_<report>[_<bucket>]_<from>_<to>.<ext>`. Whole days read as the request
 * did (`to` the last day included); otherwise times as YYYY-MM-DDTHHmm, `to` exclusive.
 */
export function exportFilename(name: ExportName): string {
  const parts = ['callboard', name.source, name.report, name.bucket, ...rangeParts(name)];
  const stem = parts
    .filter((part): part is string => Boolean(part))
    .map(safePart)
    .join('_');
  return `${stem}.${name.format}`;
}

function rangeParts({ from, to }: ExportName): [string, string] {
  const start = DateTime.fromISO(from, { setZone: true });
  const end = DateTime.fromISO(to, { setZone: true });
  if (!start.isValid || !end.isValid) return [from, to];
  if (isMidnight(start) && isMidnight(end)) {
    return [start.toFormat('yyyy-MM-dd'), end.minus({ days: 1 }).toFormat('yyyy-MM-dd')];
  }
  return [timeStamp(start), timeStamp(end)];
}

const isMidnight = (time: DateTime) =>
  time.hour === 0 && time.minute === 0 && time.second === 0 && time.millisecond === 0;

const timeStamp = (time: DateTime) =>
  time.toFormat(time.second === 0 ? "yyyy-MM-dd'T'HHmm" : "yyyy-MM-dd'T'HHmmss");

// Only characters every file system and a quoted Content-Disposition filename take as they are.
const safePart = (part: string) => part.replace(/[^A-Za-z0-9-]+/g, '-');

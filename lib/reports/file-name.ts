import type { DateRange } from './presets';

export type ExportExtension = 'csv' | 'xlsx' | 'png' | 'svg' | 'pdf';

/** The words a file name is made of, which the reports page names in the person's language. */
export const fileWords = [
  'summary',
  'agents',
  'series',
  'external-numbers',
  'report',
  'hour',
  'day',
  'month',
  'direction',
  'outcome',
] as const;
export type FileWord = (typeof fileWords)[number];
export type FileWords = (word: FileWord) => string;

function isFileWord(value: string): value is FileWord {
  return (fileWords as readonly string[]).includes(value);
}

export interface ExportFileName {
  /** The source id, e.g. `hq`. */
  source: string;
  /** What is exported: `series`, `agents`, `external-numbers`, `summary`, `report`… */
  report: string;
  /** The chart's bucket or view, when it has one (`hour`, `outcome-day`…). */
  detail?: string | null;
  range: DateRange;
  extension: ExportExtension;
  /** Translates the report and detail words (`agents`, `hour-outcome`…); English without it. */
  words?: FileWords;
}

/**
 * Every file the reports page saves is named here: `<source>-<report>[-<detail>]-<from>_<to>.<ext>`,
 * e.g. `hq-series-hour-2026-12-01_2026-12-04.png` (both days included, as the page shows them).
 */
export function exportFileName(name: ExportFileName): string {
  const translate = (piece: string) =>
    name.words && isFileWord(piece) ? name.words(piece) : piece;
  // A whole part may be one word (`external-numbers`), else each dash-separated piece may be.
  const word = (part: string) =>
    isFileWord(part) ? translate(part) : part.split('-').map(translate).join('-');
  const stem = [name.source, name.report && word(name.report), name.detail && word(name.detail)]
    .filter((part): part is string => Boolean(part))
    .map(safePart)
    .join('-');
  return `${stem}-${safePart(name.range.from)}_${safePart(name.range.to)}.${name.extension}`;
}

// Letters (any script), digits and dashes, which every current file system takes as they are;
// runs of anything else become one dash.
function safePart(part: string): string {
  return (
    part
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}-]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

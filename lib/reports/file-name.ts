import type { DateRange } from './presets';

export type ExportExtension = 'csv' | 'xlsx' | 'png' | 'svg' | 'pdf';

export interface ExportFileName {
  /** The source id, e.g. `hq`. */
  source: string;
  /** What is exported: `series`, `agents`, `external-numbers`, `summary`, `report`… */
  report: string;
  /** The chart's bucket or view, when it has one (`hour`, `outcome-day`…). */
  detail?: string | null;
  range: DateRange;
  extension: ExportExtension;
}

/**
 * Every file the reports page saves is named here: `<source>-<report>[-<detail>]-<from>_<to>.<ext>`,
 * e.g. `hq-series-hour-2026-12-01_2026-12-04.png` (both days included, as the page shows them).
 */
export function exportFileName(name: ExportFileName): string {
  const stem = [name.source, name.report, name.detail]
    .filter((part): part is string => Boolean(part))
    .map(safePart)
    .join('-');
  return `${stem}-${safePart(name.range.from)}_${safePart(name.range.to)}.${name.extension}`;
}

// Only characters every file system takes as they are; runs of anything else become one dash.
function safePart(part: string): string {
  return (
    part
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

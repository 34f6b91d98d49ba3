import type { SeriesBucket } from '@/lib/model/source';
import type { StatsReport } from '@/lib/model/stats';
import { reportExportPath } from '@/lib/queries/reports';
import { exportFileName, type FileWords } from './file-name';
import { downloadExport } from './save-file';
import { statsRequest, type ReportState } from './url-state';

/** Downloads one report's rows as CSV or XLSX from the API, named like every other export. */
export function exportTable(
  state: ReportState,
  report: StatsReport,
  format: 'csv' | 'xlsx',
  bucket?: SeriesBucket,
  words?: FileWords,
): Promise<void> {
  const path = reportExportPath(state.source.id, report, statsRequest(state), format, bucket);
  const name = exportFileName({
    source: state.source.id,
    report,
    detail: bucket,
    range: state.range,
    extension: format,
    words,
  });
  return downloadExport(path, name);
}

import type { StatsAnswer } from '@/lib/model/stats';
import { toCsv } from './csv';
import { exportFilename, type ExportFormat } from './filename';
import { reportTable } from './report-rows';
import { toXlsx } from './xlsx';

export const csvContentType = 'text/csv; charset=utf-8';
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A statistics body as a CSV or XLSX download of the same rows (SPEC §3). */
export async function exportResponse(answer: StatsAnswer, format: ExportFormat): Promise<Response> {
  const { report, body: envelope } = answer;
  const table = reportTable(answer);
  const bucket = answer.report === 'series' ? answer.body.bucket : undefined;
  const filename = exportFilename({ ...envelope, bucket, report, format });
  const headers = new Headers({
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  });
  // The file itself stays pure rows, so staleness travels in a header (and XLSX properties).
  if (envelope.stale) headers.set('X-Callboard-Stale', 'true');
  if (format === 'csv') {
    headers.set('Content-Type', csvContentType);
    return new Response(toCsv(table), { headers });
  }
  headers.set('Content-Type', xlsxContentType);
  const staleNote = envelope.stale
    ? `stale: last good data, fetched at ${envelope.fetchedAt}` +
      (envelope.staleReason ? ` (${envelope.staleReason})` : '')
    : undefined;
  const title = `Callboard ${envelope.source} ${report} ${envelope.from} – ${envelope.to}`;
  const workbook = await toXlsx(table, { sheetName: report, title, staleNote });
  return new Response(workbook, { headers });
}

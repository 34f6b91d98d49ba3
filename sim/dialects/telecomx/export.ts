import type { SimResponse } from '../../http/router';
import type { CdrStatsQuery } from './params';
import type { EmployeeStats } from './stats';

type Cell = string | number;

/** One row per employee × interval that has calls: identity fields, `interval`, stat fields. */
function table(rows: EmployeeStats[], query: CdrStatsQuery): { header: string[]; body: Cell[][] } {
  const header = [...query.identity, 'interval', ...query.stats];
  const body: Cell[][] = [];
  for (const { employee, buckets } of rows) {
    const keys = [...buckets.keys()].sort((a, b) => Number(a) - Number(b));
    for (const key of keys) {
      const c = buckets.get(key);
      if (!c) continue;
      body.push([...query.identity.map((f) => employee[f]), key, ...query.stats.map((f) => c[f])]);
    }
  }
  return { header, body };
}

const csvCell = (v: Cell): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV (comma, CRLF) with a header row. */
export function csvResponse(rows: EmployeeStats[], query: CdrStatsQuery): SimResponse {
  const { header, body } = table(rows, query);
  const lines = [header, ...body].map((r) => r.map(csvCell).join(','));
  return {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="cdrstats.csv"',
    },
    body: `${lines.join('\r\n')}\r\n`,
  };
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const xmlCell = (v: Cell): string =>
  typeof v === 'number'
    ? `<Cell><Data ss:Type="Number">${v}</Data></Cell>`
    : `<Cell><Data ss:Type="String">${xml(v)}</Data></Cell>`;

/**
 * EXCEL as an Excel 2003 XML workbook (SpreadsheetML, opens in Excel/LibreOffice): the simulator's
 * responses are text, so a zipped .xlsx cannot travel through them (see README).
 */
export function excelResponse(rows: EmployeeStats[], query: CdrStatsQuery): SimResponse {
  const { header, body } = table(rows, query);
  const xmlRows = [header, ...body].map((r) => `<Row>${r.map(xmlCell).join('')}</Row>`);
  const doc =
    '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ' +
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n' +
    `<Worksheet ss:Name="cdrstats"><Table>\n${xmlRows.join('\n')}\n</Table></Worksheet>\n` +
    '</Workbook>\n';
  return {
    status: 200,
    headers: {
      'content-type': 'application/vnd.ms-excel',
      'content-disposition': 'attachment; filename="cdrstats.xls"',
    },
    body: doc,
  };
}

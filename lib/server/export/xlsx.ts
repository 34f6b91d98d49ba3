import ExcelJS from 'exceljs';
import type { Cell, Table } from './table';

export interface XlsxOptions {
  sheetName: string;
  title: string;
  /** Set when the rows are the last good answer; goes into the workbook's properties. */
  staleNote?: string;
}

const minWidth = 8;
const maxWidth = 50;

/** The table as one worksheet: numbers as numbers, nulls as empty cells, a bold frozen header. */
export async function toXlsx(table: Table, options: XlsxOptions): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Callboard';
  workbook.title = options.title;
  if (options.staleNote) {
    workbook.description = options.staleNote;
    workbook.keywords = 'stale';
  }
  const sheet = workbook.addWorksheet(options.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((header, index) => ({
    header,
    width: columnWidth(
      header,
      table.rows.map((row) => row[index] ?? null),
    ),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(table.rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function columnWidth(header: string, cells: Cell[]): number {
  const longest = Math.max(header.length, ...cells.map((cell) => String(cell ?? '').length));
  return Math.min(maxWidth, Math.max(minWidth, longest + 2));
}

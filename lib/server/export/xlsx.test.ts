import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Cell } from './table';
import { toXlsx } from './xlsx';

async function readBack(bytes: Uint8Array<ArrayBuffer>) {
  const workbook = new ExcelJS.Workbook();
  // exceljs's own `Buffer` type is an ArrayBuffer; the copy in toXlsx starts at offset 0.
  await workbook.xlsx.load(bytes.buffer);
  const sheet = workbook.getWorksheet('agents');
  if (!sheet) throw new Error('no agents sheet');
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= 4; column++) {
      const value = row.getCell(column).value;
      if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
        throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
      }
      cells.push(value);
    }
    rows.push(cells);
  });
  return { workbook, sheet, rows };
}

const table = {
  columns: ['agent id', 'name', 'incoming calls', 'incoming talk seconds'],
  rows: [
    ['101', 'Дилноза Каримова', 40, 3300.5],
    ['=1+1', null, 0, null],
  ] satisfies Cell[][],
};

describe('toXlsx', () => {
  it('round-trips cells: text as text, numbers as numbers, null as empty', async () => {
    const { rows, sheet } = await readBack(
      await toXlsx(table, { sheetName: 'agents', title: 'Callboard hq agents' }),
    );
    expect(rows).toEqual([table.columns, ...table.rows]);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    // Formula-like text is a string cell, never a formula, so it needs no defusing here.
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.Null);
  });

  it('has a bold frozen header row and columns wide enough for their text', async () => {
    const { sheet, workbook } = await readBack(
      await toXlsx(table, { sheetName: 'agents', title: 'Callboard hq agents' }),
    );
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(widths[1]).toBeGreaterThanOrEqual('Дилноза Каримова'.length);
    expect(widths[3]).toBeGreaterThanOrEqual('incoming talk seconds'.length);
    expect(workbook.title).toBe('Callboard hq agents');
    expect(workbook.keywords ?? '').not.toContain('stale');
  });

  it('notes staleness in the workbook properties, not in the cells', async () => {
    const note = 'stale: last good data, fetched at 2026-01-02T09:00:00+05:00';
    const { workbook, rows } = await readBack(
      await toXlsx(table, { sheetName: 'agents', title: 't', staleNote: note }),
    );
    expect(workbook.description).toBe(note);
    expect(workbook.keywords).toBe('stale');
    expect(rows).toEqual([table.columns, ...table.rows]);
  });
});

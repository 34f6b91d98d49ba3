import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvContentType, exportResponse, xlsxContentType } from './export-response';

const body = {
  source: 'hq',
  from: '2026-01-01T00:00:00+05:00',
  to: '2026-01-02T00:00:00+05:00',
  fetchedAt: '2026-01-02T09:00:00+05:00',
  stale: false,
  numbers: [
    {
      number: '781130590',
      incoming: { total: 5, notAnswered: 1 },
      outgoing: null,
      internal: null,
    },
  ],
};
const stale = { ...body, stale: true, staleReason: 'the upstream timed out' };

describe('exportResponse', () => {
  it('answers CSV as a named, uncached download', async () => {
    const response = await exportResponse({ report: 'external-numbers', body }, 'csv');
    expect(response.headers.get('Content-Type')).toBe(csvContentType);
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="callboard_hq_external-numbers_2026-01-01_2026-01-01.csv"',
    );
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('X-Callboard-Stale')).toBeNull();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Response.text() drops the BOM, as every UTF-8 reader does.
    expect(new TextDecoder().decode(bytes)).toBe(
      'number,incoming total,incoming not answered,outgoing total,outgoing not answered,' +
        'internal total,internal not answered\r\n781130590,5,1,,,,\r\n',
    );
  });

  it('marks a stale CSV in a header only, keeping the rows pure', async () => {
    const fresh = await (await exportResponse({ report: 'external-numbers', body }, 'csv')).text();
    const response = await exportResponse({ report: 'external-numbers', body: stale }, 'csv');
    expect(response.headers.get('X-Callboard-Stale')).toBe('true');
    expect(await response.text()).toBe(fresh);
  });

  it('marks a stale XLSX in its properties and header', async () => {
    const response = await exportResponse({ report: 'external-numbers', body: stale }, 'xlsx');
    expect(response.headers.get('Content-Type')).toBe(xlsxContentType);
    expect(response.headers.get('X-Callboard-Stale')).toBe('true');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.keywords).toBe('stale');
    expect(workbook.description).toBe(
      'stale: last good data, fetched at 2026-01-02T09:00:00+05:00 (the upstream timed out)',
    );
    expect(workbook.getWorksheet('external-numbers')?.getCell('B2').value).toBe(5);
  });
});

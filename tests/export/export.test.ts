import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as agentsRoute } from '@/app/api/v1/sources/[id]/agents/route';
import { GET as externalNumbersRoute } from '@/app/api/v1/sources/[id]/external-numbers/route';
import { GET as seriesRoute } from '@/app/api/v1/sources/[id]/series/route';
import { GET as summaryRoute } from '@/app/api/v1/sources/[id]/summary/route';
import {
  AgentsResponse,
  ExternalNumbersResponse,
  parseStatsAnswer,
  SeriesResponse,
  SummaryResponse,
} from '@/lib/model/stats';
import type { StatsReport } from '@/lib/server/api/stats-params';
import type { AppContext } from '@/lib/server/app-context';
import { reportTable } from '@/lib/server/export/report-rows';
import type { Cell } from '@/lib/server/export/table';
import { manualClock } from '@/sim/engine/clock';
import { startSimulator, type RunningSimulator } from '@/sim/server';
import {
  apiToken,
  callRoute,
  installAppContext,
  uninstallAppContext,
} from '../support/app-under-test';

const id = 'utel-export';
const email = 'export@callboard.test';
const secret = 'export-upstream-Secret-9137';
const range = 'from=2026-03-30&to=2026-03-31';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let sim: RunningSimulator;
let app: AppContext;

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    timeZone: 'Asia/Tashkent',
    clock: manualClock(Date.UTC(2026, 3, 1, 12)),
    utel: { email, password: secret, rateLimitPerMinute: 0 },
  });
  app = installAppContext(`
  - id: ${id}
    kind: utel
    baseUrl: ${sim.url}/utel/api/v1
    email: ${email}
    password: ${secret}`);
});

afterAll(async () => {
  uninstallAppContext(app);
  await sim.close();
});

type Handler = typeof summaryRoute;

/** Like callRoute, but keeps the raw response: downloads are not JSON. */
async function download(handler: Handler, path: string): Promise<Response> {
  return handler(
    new Request(`http://127.0.0.1${path}`, { headers: { authorization: `Bearer ${apiToken}` } }),
    { params: Promise.resolve({ id }) },
  );
}

/** A minimal RFC 4180 reader, enough to check what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let consumed = 0;
  for (const [whole, raw = '', end] of text.matchAll(/("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/gy)) {
    consumed += whole.length;
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (end === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  expect(consumed, 'well-formed fields, every line ending in CRLF').toBe(text.length);
  return rows;
}

/** The CSV text of a cell as a spreadsheet should show it. */
function csvText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const cases: {
  report: StatsReport;
  handler: Handler;
  query: string;
  file: string;
  schema: { parse: (body: unknown) => unknown };
}[] = [
  {
    report: 'summary',
    handler: summaryRoute,
    query: range,
    file: `callboard_${id}_summary_2026-03-30_2026-03-31`,
    schema: SummaryResponse,
  },
  {
    report: 'series',
    handler: seriesRoute,
    query: `bucket=hour&${range}`,
    file: `callboard_${id}_series_hour_2026-03-30_2026-03-31`,
    schema: SeriesResponse,
  },
  {
    report: 'agents',
    handler: agentsRoute,
    query: range,
    file: `callboard_${id}_agents_2026-03-30_2026-03-31`,
    schema: AgentsResponse,
  },
  {
    report: 'external-numbers',
    handler: externalNumbersRoute,
    query: range,
    file: `callboard_${id}_external-numbers_2026-03-30_2026-03-31`,
    schema: ExternalNumbersResponse,
  },
];

async function jsonTable(report: StatsReport, handler: Handler, query: string) {
  const json = await callRoute(handler, `/api/v1/sources/${id}/${report}?${query}`, { id });
  expect(json.status, json.text.slice(0, 200)).toBe(200);
  return { body: json.body, table: reportTable(parseStatsAnswer(report, json.body)) };
}

function expectNoSecrets(text: string) {
  expect(text).not.toContain(secret);
  expect(text).not.toContain(email);
}

describe.each(cases)(
  '$report export of a UTEL source',
  ({ report, handler, query, file, schema }) => {
    const path = (format: string) => `/api/v1/sources/${id}/${report}?${query}&format=${format}`;

    it('gives CSV with the same rows as the JSON answer', async () => {
      const { body, table } = await jsonTable(report, handler, query);
      schema.parse(body);
      expect(table.rows.length).toBeGreaterThan(0);
      const response = await download(handler, path('csv'));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('Content-Disposition')).toBe(
        `attachment; filename="${file}.csv"`,
      );
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('X-Callboard-Stale')).toBeNull();
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expectNoSecrets(text);
      expectNoSecrets([...response.headers.values()].join('\n'));
      expect(parseCsv(text)).toEqual([table.columns, ...table.rows.map((row) => row.map(csvText))]);
    });

    it('gives XLSX with the same cells as the JSON answer', async () => {
      const { table } = await jsonTable(report, handler, query);
      const response = await download(handler, path('xlsx'));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe(xlsxType);
      expect(response.headers.get('Content-Disposition')).toBe(
        `attachment; filename="${file}.xlsx"`,
      );
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.getWorksheet(report);
      if (!sheet) throw new Error(`no ${report} sheet`);
      const read: unknown[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => {
        read.push(table.columns.map((_, column) => row.getCell(column + 1).value));
      });
      expect(read).toEqual([table.columns, ...table.rows]);
      const properties = [
        workbook.title,
        workbook.description,
        workbook.keywords,
        workbook.creator,
      ];
      expectNoSecrets(JSON.stringify([read, properties]));
    });
  },
);

describe('export figures', () => {
  it('puts the JSON summary totals into the CSV direction rows', async () => {
    const { body } = await jsonTable('summary', summaryRoute, range);
    const summary = SummaryResponse.parse(body);
    const response = await download(
      summaryRoute,
      `/api/v1/sources/${id}/summary?${range}&format=csv`,
    );
    const rows = parseCsv(new TextDecoder().decode(await response.arrayBuffer()));
    const incoming = rows.find((row) => row[0] === 'incoming');
    expect(incoming?.[1]).toBe(String(summary.incoming?.total));
    expect(Number(incoming?.[1])).toBeGreaterThan(0);
  });

  it('has one series row per hour of the two days', async () => {
    const response = await download(
      seriesRoute,
      `/api/v1/sources/${id}/series?bucket=hour&${range}&format=xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet('series')?.rowCount).toBe(1 + 48);
  });

  it('refuses format=pdf with a 400 naming the allowed formats', async () => {
    const result = await callRoute(
      summaryRoute,
      `/api/v1/sources/${id}/summary?${range}&format=pdf`,
      { id },
    );
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      error: {
        code: 'bad_request',
        message: 'format "pdf" is not available; expected json, csv, xlsx',
      },
    });
  });
});

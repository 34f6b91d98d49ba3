import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReportPdf } from './report-pdf';

// svg2pdf needs a DOM; these reports have no charts, which is all it draws.
vi.mock('svg2pdf.js', () => ({}));

const fonts = join(__dirname, '..', '..', 'public');

/** Serves /fonts/* from public/, as the app does, and 404 for anything else. */
function serveFonts(available: boolean) {
  vi.stubGlobal('fetch', async (url: string) => {
    const file = join(fonts, url);
    return available && existsSync(file)
      ? new Response(readFileSync(file))
      : new Response('missing', { status: 404 });
  });
}

async function pdfToText(blob: Blob): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'callboard-pdf-')), 'report.pdf');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const report = {
  headerLines: ['Отчёт по вызовам', 'Колл-центр «Ташкент»', 'Davr: 2026-12-01 – 2026-12-07'],
  charts: [],
  tables: [
    {
      title: 'Операторы',
      columns: ['Оператор', 'Вызовы'],
      rows: [
        ['Ольга Иванова', '1 234'],
        ['Oʻktam Gʻulomov', '56'],
        ['Итого (2)', '1 290'],
      ],
      totalsLast: true,
    },
  ],
};

describe('buildReportPdf', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it.skipIf(!existsSync('/usr/bin/pdftotext'))(
    'prints Cyrillic and Uzbek as written with the embedded font',
    async () => {
      serveFonts(true);
      const text = await pdfToText(await buildReportPdf(report));
      expect(text).toContain('Отчёт по вызовам');
      expect(text).toContain('Колл-центр «Ташкент»');
      expect(text).toContain('2026-12-01 – 2026-12-07');
      expect(text).toContain('Ольга Иванова');
      expect(text).toContain('Oʻktam Gʻulomov');
      expect(text).toContain('Итого (2)');
      expect(text).not.toContain('?');
    },
  );

  it.skipIf(!existsSync('/usr/bin/pdftotext'))(
    'still exports, in Latin-1, when the font cannot be fetched',
    async () => {
      serveFonts(false);
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const text = await pdfToText(await buildReportPdf(report));
      expect(text).toContain('Davr: 2026-12-01 - 2026-12-07');
      expect(text).toContain('?');
    },
  );
});

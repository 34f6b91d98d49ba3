import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import ExcelJS from 'exceljs';
import { createSimControl } from '../sim/control-client';
import { headerHeight } from '../lib/reports/export-header';
import { simUrl } from './env';
import { ReportsPage } from './pages/reports-page';
import { formatCount } from '../components/ui/format';

const sim = createSimControl(simUrl);

test.afterEach(async () => {
  await sim.clearFaults();
});

interface AgentJson {
  id: string;
  name: string | null;
  incoming: { calls: number | null; answered: number | null; talkSeconds: number | null } | null;
}

async function api<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

test('the URL holds period, bucket and chart; a reload and bad values are handled', async ({
  page,
}) => {
  const reports = new ReportsPage(page);
  await reports.goto();
  await expect(page).toHaveURL(/\?source=hq&preset=last-7-days&bucket=day&chart=direction$/);
  await expect(reports.bucket('Day')).toHaveAttribute('aria-pressed', 'true');

  await reports.period.selectOption({ label: 'Yesterday' });
  await expect(page).toHaveURL(/preset=yesterday/);
  await reports.bucket('Hour').click();
  await expect(page).toHaveURL(/bucket=hour/);
  await page.getByRole('tab', { name: 'Calls by outcome' }).click();
  await expect(page).toHaveURL(/chart=outcome/);
  await expect(reports.chartCard.getByRole('heading', { name: 'Calls by outcome' })).toBeVisible();

  await page.reload();
  await expect(reports.period).toHaveValue('yesterday');
  await expect(reports.bucket('Hour')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tab', { name: 'Calls by outcome' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // A custom range replaces the preset; over 31 days, hours are not offered. Two whole past
  // months: the upstream is asked once per closed month, so this loads the server little.
  await reports.from.fill('2026-08-01');
  await reports.to.fill('2026-09-30');
  await page.getByRole('button', { name: 'Apply' }).first().click();
  await expect(page).toHaveURL(/from=2026-08-01&to=2026-09-30&bucket=day/);
  await expect(reports.bucket('Hour')).toBeDisabled();
  await page.reload();
  await expect(reports.from).toHaveValue('2026-08-01');
  await expect(reports.period).toHaveValue('custom');

  // Nonsense in the URL falls back to defaults and is rewritten, without an error page.
  await reports.goto('source=nope&preset=fortnight&bucket=week&chart=pie&queue=%3Cx%3E');
  await expect(page).toHaveURL(/\?source=hq&preset=last-7-days&bucket=day&chart=direction$/);
  await expect(reports.summary).toBeVisible();
});

test('filters the source lists are offered and kept in the URL; none otherwise', async ({
  page,
  request,
}) => {
  const { sources } = await api<{
    sources: { id: string; capabilities: { filters?: string[] } }[];
  }>(request, '/api/v1/sources');
  const filters = sources.find((source) => source.id === 'hq')?.capabilities.filters ?? [];
  const reports = new ReportsPage(page);
  await reports.goto('source=hq&preset=yesterday&queue=support');
  await reports.settled();
  const form = page.getByRole('form', { name: 'Filters' });
  if (!filters.includes('queue')) {
    // The server does not list filters (yet): no controls, and the URL drops the value.
    await expect(form).toHaveCount(0);
    await expect(page).not.toHaveURL(/queue=/);
    return;
  }
  await expect(form.getByLabel('Queue')).toHaveValue('support');
  await form.getByLabel('Queue').fill('sales');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/queue=sales/);
  await page.reload();
  await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Queue')).toHaveValue(
    'sales',
  );
});

test('figures on the page equal the API for the same range', async ({ page, request }) => {
  const reports = new ReportsPage(page);
  await reports.goto('source=hq&preset=yesterday&bucket=day');
  await reports.settled();
  const { from, to } = await reports.range();
  const summary = await api<Record<string, { total: number; answered: number } | null>>(
    request,
    `/api/v1/sources/hq/summary?from=${from}&to=${to}`,
  );
  const incoming = summary.incoming;
  expect(incoming).not.toBeNull();
  await expect(reports.figure('incoming', 'total')).toHaveText(
    formatCount(incoming?.total ?? null, '—', 'en'),
  );
  await expect(reports.figure('incoming', 'answered')).toHaveText(
    formatCount(incoming?.answered ?? null, '—', 'en'),
  );

  const { agents } = await api<{ agents: AgentJson[] }>(
    request,
    `/api/v1/sources/hq/agents?from=${from}&to=${to}`,
  );
  const rows = reports.agentsTable.locator('tbody tr');
  await expect(rows).toHaveCount(agents.length);
  const calls = agents.reduce((sum, agent) => sum + (agent.incoming?.calls ?? 0), 0);
  const totals = reports.agentsTable.getByTestId('totals-row').locator('td');
  await expect(totals.nth(0)).toHaveText(`Totals (${agents.length})`);
  await expect(totals.nth(2)).toHaveText(formatCount(calls, '—', 'en'));

  // Search narrows the table and its totals.
  const first = agents[0];
  const name = first?.name ?? '';
  await reports.page.getByRole('searchbox', { name: 'Search agents' }).fill(name);
  await expect(rows).toHaveCount(agents.filter((agent) => agent.name?.includes(name)).length);
  await expect(totals.nth(0)).toHaveText(/^Totals \(\d+\)$/);

  // The chart's table view lists one row per bucket of the API's series.
  const series = await api<{ points: { start: string; incoming: { total: number } }[] }>(
    request,
    `/api/v1/sources/hq/series?bucket=day&from=${from}&to=${to}`,
  );
  await reports.chartCard.getByRole('tab', { name: 'Table' }).click();
  const chartRows = reports.chartCard.getByRole('table').first().locator('tbody tr');
  await expect(chartRows).toHaveCount(series.points.length);
  await expect(chartRows.first().locator('td').nth(1)).toHaveText(
    String(series.points[0]?.incoming.total),
  );
});

test('tables download as CSV and XLSX with the API rows', async ({ page, request }) => {
  const reports = new ReportsPage(page);
  await reports.goto('source=hq&preset=yesterday&bucket=day');
  await reports.settled();
  const { from, to } = await reports.range();
  const { agents } = await api<{ agents: AgentJson[] }>(
    request,
    `/api/v1/sources/hq/agents?from=${from}&to=${to}`,
  );

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    reports.exportButton('CSV', 'Agents').click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`hq-agents-${from}_${to}.csv`);
  const lines = readFileSync(await csv.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const header = (lines[0] ?? '').split(',');
  expect(header.slice(0, 4)).toEqual(['agent id', 'name', 'extension', 'incoming calls']);
  expect(lines).toHaveLength(agents.length + 1);
  agents.forEach((agent, index) => {
    const cells = (lines[index + 1] ?? '').split(',');
    expect(cells[0]).toBe(agent.id);
    expect(cells[1]).toBe(agent.name ?? '');
    expect(cells[3]).toBe(String(agent.incoming?.calls ?? ''));
  });

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    reports.exportButton('XLSX', 'Agents').click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`hq-agents-${from}_${to}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await xlsx.path());
  const sheet = book.worksheets[0];
  expect(sheet?.rowCount).toBe(agents.length + 1);
  agents.forEach((agent, index) => {
    const row = sheet?.getRow(index + 2);
    expect(row?.getCell(1).value).toBe(agent.id);
    expect(row?.getCell(4).value).toBe(agent.incoming?.calls ?? null);
    expect(row?.getCell(8).value).toBe(agent.incoming?.talkSeconds ?? null);
  });
});

test('the chart downloads as PNG and SVG at its own size, with the header drawn on', async ({
  page,
}) => {
  const reports = new ReportsPage(page);
  await reports.goto('source=hq&preset=yesterday&bucket=hour&chart=direction');
  await reports.settled();
  const { from } = await reports.range();
  const size = await page
    .locator('[data-export-chart="direction"] svg.recharts-surface')
    .evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return { width: Math.round(box.width), height: box.height };
    });
  // Four header lines (title, source, period and zone, generated) and the legend row.
  const expectedHeight = Math.round(
    size.height + headerHeight(['', '', '', ''], [{ label: '', color: '' }]),
  );

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    reports.exportButton('PNG', 'Calls by direction').click(),
  ]);
  expect(png.suggestedFilename()).toBe(`hq-series-hour-direction-${from}_${from}.png`);
  const bytes = readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(bytes.readUInt32BE(16)).toBe(size.width);
  expect(bytes.readUInt32BE(20)).toBe(expectedHeight);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    reports.exportButton('SVG', 'Calls by direction').click(),
  ]);
  expect(svg.suggestedFilename()).toBe(`hq-series-hour-direction-${from}_${from}.svg`);
  const text = readFileSync(await svg.path(), 'utf8');
  const root = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)"/.exec(
    text,
  );
  expect(Number(root?.[1])).toBe(size.width);
  expect(Number(root?.[2])).toBe(expectedHeight);
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: [...doc.querySelectorAll('text')].map((node) => node.textContent),
      bars: doc.querySelectorAll('.recharts-bar-rectangle').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toContain('Calls by direction');
  expect(parsed.texts).toContain('HQ call center');
  expect(parsed.texts.some((line) => line?.includes(`Period: ${from}`))).toBe(true);
  expect(parsed.texts.some((line) => line?.includes('Time zone: Asia/Tashkent'))).toBe(true);
  expect(parsed.texts.some((line) => line?.startsWith('Generated: '))).toBe(true);
  expect(parsed.bars).toBeGreaterThan(0);
  // Theme variables are written out: a saved file has no stylesheet to resolve them.
  expect(text).not.toContain('var(--');
});

test('the whole report downloads as one PDF with title, source and period', async ({ page }) => {
  if (!existsSync('/usr/bin/pdftotext')) {
    throw new Error(
      'pdftotext is missing: install Debian package poppler-utils (apt-get install poppler-utils)',
    );
  }
  const reports = new ReportsPage(page);
  await reports.goto('source=hq&preset=last-7-days&bucket=day');
  await reports.settled();
  const { from, to } = await reports.range();
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    reports.exportButton('PDF report', 'Call report').click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`hq-report-day-${from}_${to}.pdf`);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', await pdf.path(), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Call report');
  expect(text).toContain('HQ call center');
  // The embedded Unicode font prints the period's en dash as it is (Helvetica needed a hyphen).
  expect(text).toContain(`Period: ${from} – ${to}`);
  expect(text).toContain('Time zone: Asia/Tashkent');
  expect(text).toContain('Calls by direction');
  expect(text).toContain('Agents');
  expect(text).toMatch(/Totals \(\d+\)/);
});

test('an upstream failure shows what failed and a retry that recovers', async ({
  page,
  request,
}) => {
  const reports = new ReportsPage(page);
  // A period nobody asked for before, so no cached answer hides the failure.
  await sim.setFault('asternic', { mode: 'http-500', paths: ['entity=reports'] });
  await reports.goto('source=hq&from=2026-01-05&to=2026-01-06&bucket=day');
  const error = reports.summary.getByTestId('report-error');
  await expect(error).toBeVisible({ timeout: 30_000 });
  await expect(error).toContainText('Could not load the totals.');
  await expect(error).toContainText('source hq');
  await sim.clearFaults();
  // The server may need a few seconds to trust the upstream again (circuit breaker, shared
  // in-flight loads); Retry is for once it answers.
  await expect
    .poll(
      async () =>
        (await request.get('/api/v1/sources/hq/summary?from=2026-01-05&to=2026-01-06')).status(),
      { timeout: 60_000, intervals: [1000] },
    )
    .toBe(200);
  await expect(error).toBeVisible();
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(reports.figure('incoming', 'total')).toHaveText(/^\d[\d,]*$/, { timeout: 30_000 });
});

test('a slow report says that it is working and for how long', async ({ page }) => {
  const reports = new ReportsPage(page);
  await sim.setFault('asternic', { mode: 'slow', delayMs: 4000, paths: ['entity=reports'] });
  await reports.goto('source=hq&from=2026-01-12&to=2026-01-13&bucket=day');
  const fetching = reports.summary.getByTestId('fetching');
  await expect(fetching).toHaveText(/Fetching… [0-9]+ s/);
  await expect(fetching).toHaveText(/Fetching… [2-9] s/, { timeout: 10_000 });
  await sim.clearFaults();
  await expect(reports.figure('incoming', 'total')).toHaveText(/^\d[\d,]*$/, { timeout: 60_000 });
});

test('a period without calls says so', async ({ page }) => {
  const reports = new ReportsPage(page);
  await reports.goto('source=hq&from=2030-01-01&to=2030-01-02&bucket=day');
  await expect(reports.summary.getByTestId('report-empty')).toHaveText(/No calls in this period/);
  await expect(reports.chartCard.getByTestId('report-empty')).toBeVisible();
});

test('when the upstream fails, the last good figures stay, marked stale with age and reason', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const reports = new ReportsPage(page);
  await reports.goto('source=hq&preset=today&bucket=hour');
  await expect(reports.figure('incoming', 'total')).toHaveText(/^\d+$/);
  const before = await reports.figure('incoming', 'total').textContent();
  // The server reuses an open period's answer for 30 s; after that it asks the upstream again.
  await page.waitForTimeout(31_000);
  await sim.setFault('asternic', { mode: 'http-500', paths: ['entity=reports'] });
  await page.reload();
  const stale = reports.summary.getByTestId('report-stale');
  await expect(stale).toBeVisible({ timeout: 30_000 });
  await expect(stale).toContainText(/Stale · data \d+ s old/);
  await expect(stale).toContainText('Reason:');
  await expect(reports.figure('incoming', 'total')).toHaveText(before ?? '');
});

test('six days by hour: stacked steps with axis labels apart, the data from the page’s preload', async ({
  page,
}) => {
  const reports = new ReportsPage(page);
  // 144 hours: past the 120 buckets above which bars give way to one path per series.
  await reports.goto('source=hq&from=2026-11-20&to=2026-11-25&bucket=hour&chart=direction');
  await reports.settled();
  // The first figure is the one on screen (the export copies are drawn off screen after it).
  const chart = reports.chartCard.getByTestId('calls-chart').first();
  const legend = chart.getByRole('list').first().getByRole('listitem');
  await expect(chart.locator('.recharts-area-area')).toHaveCount(await legend.count());
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(0);

  // The x-axis labels are spaced by estimate, not measured: none may overlap the next.
  const boxes = await chart.locator('.recharts-xAxis-tick-labels text').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { left: box.left, right: box.right };
    }),
  );
  expect(boxes.length).toBeGreaterThan(2);
  boxes.slice(1).forEach((box, i) => {
    expect(box.left).toBeGreaterThan(boxes[i]?.right ?? Infinity);
  });

  // The first series request is the <link rel="preload"> in the HTML, taken over by fetch(): no
  // request of the page's own asks again for what the preload got. (On a busy upstream the
  // answer can be 503 upstream_busy, which the page then retries: those are its own requests.)
  const seriesRequests = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('/series'))
      .map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        return { by: timing.initiatorType, status: timing.responseStatus };
      }),
  );
  const [first, ...retries] = seriesRequests;
  expect(first?.by).toBe('link');
  if (first?.status === 200) expect(retries).toEqual([]);
  else expect(retries.every((request) => request.by === 'fetch')).toBe(true);
});

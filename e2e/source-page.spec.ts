import { expect, test, type APIRequestContext } from '@playwright/test';
import { createSimControl } from '../sim/control-client';
import { formatCount, formatPercent, formatSeconds } from '../components/ui/format';
import { todayInZone } from '../components/sources/today';
import type { LiveQueuesResponse } from '../lib/model/live-queues';
import type { AgentsResponse, SeriesResponse } from '../lib/model/stats';
import { simUrl } from './env';
import { SourcePage } from './pages/source-page';
import { WallboardPage } from './pages/wallboard-page';

const sim = createSimControl(simUrl);

test.afterEach(async () => {
  await sim.clearFaults();
});

async function api<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`/api/v1/sources/hq/${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

test('a tile leads to its source page, whose figures are the API’s', async ({ page, request }) => {
  const wallboard = new WallboardPage(page);
  await wallboard.goto();
  await wallboard.tiles.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/sources\/hq$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HQ call center');
  await expect(page.getByTestId('health-status')).toHaveText(/OK/);

  const source = new SourcePage(page);
  const live = await api<LiveQueuesResponse>(request, 'queues/live');
  expect(live.queues.length).toBeGreaterThan(0);
  for (const { name } of live.queues) await expect(source.queue(name)).toBeVisible();

  // Live figures move every few seconds: compare a page reading with an API reading until one
  // pair was taken between the same two updates.
  await expect(async () => {
    const now = await api<LiveQueuesResponse>(request, 'queues/live');
    for (const queue of now.queues) {
      const panel = source.queue(queue.name);
      await expect(source.kpi(panel, 'answered')).toHaveText(
        formatCount(queue.today.answered, '—', 'en'),
        { timeout: 500 },
      );
      await expect(source.kpi(panel, 'unanswered')).toHaveText(
        formatCount(queue.today.unanswered, '—', 'en'),
        { timeout: 500 },
      );
      await expect(source.kpi(panel, 'abandon-rate')).toHaveText(
        formatPercent(queue.today.abandonRate, '—', 'en'),
        { timeout: 500 },
      );
      await expect(source.kpi(panel, 'avg-wait')).toHaveText(
        formatSeconds(queue.today.avgWaitSeconds, '—', 'en'),
        { timeout: 500 },
      );
      await expect(source.kpi(panel, 'avg-talk')).toHaveText(
        formatSeconds(queue.today.avgTalkSeconds, '—', 'en'),
        { timeout: 500 },
      );
      await expect(source.kpi(panel, 'service-level')).toHaveText(
        formatPercent(queue.today.serviceLevel, '—', 'en'),
        { timeout: 500 },
      );
      await expect(source.waitingCallers(panel)).toHaveCount(queue.waiting.length, {
        timeout: 500,
      });
      const loggedIn = queue.agents.list.filter((agent) => agent.status !== 'loggedOff');
      await expect(source.agentRows(panel)).toHaveCount(loggedIn.length, { timeout: 500 });
    }
  }).toPass({ timeout: 30_000 });

  // Agent states are told in words, each agent of the API listed once.
  const first = live.queues.find((queue) =>
    queue.agents.list.some((a) => a.status !== 'loggedOff'),
  );
  if (first) {
    const rows = source.agentRows(source.queue(first.name));
    await expect(rows.first()).toContainText(/Available|On a call|Ringing|Paused|Unknown/);
    await expect(rows.first()).toContainText(/\d+ s|\d+ min/);
  }

  // Today's agent table equals the agents route, and its totals row adds it up.
  await expect(async () => {
    const body = await api<AgentsResponse>(request, 'agents');
    let answered = 0;
    for (const agent of body.agents) {
      const row = source.agentRow(agent.id);
      await expect(source.cell(row, 'answered')).toHaveText(
        formatCount(agent.incoming?.answered ?? null, '—', 'en'),
        { timeout: 500 },
      );
      answered += agent.incoming?.answered ?? 0;
    }
    await expect(source.cell(source.agentRow('totals'), 'answered')).toHaveText(
      formatCount(answered, '—', 'en'),
      {
        timeout: 500,
      },
    );
  }).toPass({ timeout: 60_000 });

  // The chart's table view holds today's hourly series, bucket for bucket.
  await expect(source.chart).toBeVisible();
  await expect(source.chart.locator('svg.recharts-surface').first()).toBeVisible();
  await source.chart.getByRole('tab', { name: 'Table' }).click();
  const today = todayInZone('Asia/Tashkent', Date.now());
  await expect(async () => {
    const series = await api<SeriesResponse>(
      request,
      `series?bucket=hour&from=${today}&to=${today}`,
    );
    const rows = source.chart.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(series.points.length, { timeout: 500 });
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent));
    expect(shown).toEqual(series.points.map((p) => String(p.incoming?.total ?? '—')));
  }).toPass({ timeout: 60_000 });
});

test('a KPI’s formula shows on hover and on keyboard focus, and describes it to screen readers', async ({
  page,
}) => {
  const source = new SourcePage(page);
  await source.goto('hq');
  const kpi = page.getByTestId('kpi-abandon-rate').first();
  const label = kpi.getByText('Abandon rate', { exact: true });
  const tip = kpi.getByRole('tooltip');
  await expect(label).toHaveAccessibleDescription(/Abandoned ÷ offered calls/);
  await expect(tip).toHaveAttribute('data-state', 'closed');
  await label.focus();
  await expect(tip).toHaveAttribute('data-state', 'open');
  await expect(tip).toHaveText(/Abandoned ÷ offered calls/);
  expect((await tip.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveAttribute('data-state', 'closed');

  const other = page.getByTestId('kpi-avg-talk').first();
  await other.getByText('Average talk', { exact: true }).hover();
  await expect(other.getByRole('tooltip')).toHaveAttribute('data-state', 'open');
});

test('during an upstream outage the page keeps the last data, says why, and recovers', async ({
  page,
}) => {
  const source = new SourcePage(page);
  await source.goto('hq');
  const panel = page.getByTestId('queue-panel').first();
  await expect(panel).toHaveAttribute('data-stale', 'false', { timeout: 30_000 });
  await expect(source.kpi(panel, 'answered')).toHaveText(/^\d+$/);

  await sim.setFault('asternic', { mode: 'http-503' });
  await expect(source.staleNotice).toBeVisible({ timeout: 20_000 });
  // The last good figures stay on screen, unchanged while the upstream is down.
  const answered = await source.kpi(panel, 'answered').textContent();
  expect(answered).toMatch(/^\d+$/);
  await page.waitForTimeout(6000);
  await expect(source.staleNotice).toContainText('Not live: showing the last good data');
  await expect(source.staleNotice).toContainText(
    /Data \d+ s old\. Reason: asternic realtime: HTTP 503/,
  );
  await expect(panel).toHaveAttribute('data-stale', 'true');
  await expect(source.kpi(panel, 'answered')).toHaveText(answered ?? '');
  await expect(page.getByTestId('data-age')).toContainText(/Stale · data \d+ s old/);

  await sim.clearFaults();
  await expect(source.staleNotice).toBeHidden({ timeout: 20_000 });
  await expect(panel).toHaveAttribute('data-stale', 'false');
});

test('an unknown source is a not-found page', async ({ page }) => {
  const response = await page.goto('/sources/nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No such source' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

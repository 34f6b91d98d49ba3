import { expect, test, type Browser, type Page } from '@playwright/test';
import { createSimControl } from '../sim/control-client';
import { appUrl, simUrl } from './env';
import { AdminPage } from './pages/admin-page';

const sim = createSimControl(simUrl);
const run = Date.now().toString(36);

test.afterEach(async () => {
  await sim.clearFaults();
});

/** A board whose only figure is "waiting" with a warning at 0: every reading is "warning". */
const thresholdBoard = {
  id: `threshold-${run}`,
  name: `Threshold ${run}`,
  pages: [
    {
      columns: 2,
      rows: 1,
      widgets: [
        {
          kind: 'kpi',
          source: 'hq',
          metric: 'waiting',
          x: 1,
          y: 1,
          threshold: { direction: 'above', warning: 0, alert: 1000000, consecutive: 3 },
        },
        { kind: 'queue', source: 'hq', queue: 'support', x: 2, y: 1 },
      ],
    },
  ],
};

/** Two pages of 3 s each. */
const rotatingBoard = {
  id: `rotating-${run}`,
  name: `Rotating ${run}`,
  pages: [
    {
      title: 'First page',
      durationSeconds: 3,
      columns: 1,
      rows: 1,
      widgets: [{ kind: 'clock', x: 1, y: 1 }],
    },
    {
      title: 'Second page',
      durationSeconds: 3,
      columns: 1,
      rows: 1,
      widgets: [{ kind: 'text', text: 'Welcome to the support floor', x: 1, y: 1 }],
    },
  ],
};

/** The live-stream requests each TV page made, recorded from before its first navigation. */
const streamsOf = new WeakMap<Page, string[]>();

/** Opens a display link in a fresh browser (no session), as a TV does. */
async function openOnTv(
  browser: Browser,
  link: string,
  size = { width: 1920, height: 1080 },
): Promise<Page> {
  // No storage state: the project's signed-in admin must not leak into the TV's browser.
  const context = await browser.newContext({
    viewport: size,
    storageState: { cookies: [], origins: [] },
  });
  const tv = await context.newPage();
  const streams: string[] = [];
  streamsOf.set(tv, streams);
  tv.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/stream')) streams.push(request.url());
  });
  await tv.goto(link.replace(/^https?:\/\/[^/]+/, appUrl));
  return tv;
}

async function createLinkInAdmin(
  page: Page,
  board: { id: string; name: string } | null,
  screen: string,
) {
  const admin = new AdminPage(page);
  await admin.goto();
  if (board) await admin.importBoard(board);
  return { admin, link: await admin.createLink(board?.name ?? 'HQ call center — TV', screen) };
}

test('a display link opens the board without signing in, with the key gone from the address bar', async ({
  page,
  browser,
}) => {
  const { link } = await createLinkInAdmin(page, null, `Lobby ${run}`);
  expect(link).toMatch(/\/tv\/hq-tv\?key=[\w-]{43}$/);
  const tv = await openOnTv(browser, link);
  await expect(tv).toHaveURL(`${appUrl}/tv/hq-tv`);
  const board = tv.getByTestId('tv-board');
  await expect(board).toBeVisible();
  await expect(tv.getByRole('region', { name: 'Waiting', exact: true })).toContainText(/\d/, {
    timeout: 20_000,
  });
  await expect(tv.getByTestId('tv-hourly-chart')).toBeVisible({ timeout: 20_000 });
  // Read only, and only what the board shows.
  const status = (path: string) => tv.evaluate((p) => fetch(p).then((r) => r.status), path);
  expect(await status('/api/v1/sources/hq/queues/live')).toBe(200);
  expect(await status('/api/v1/sources/hq/agents')).toBe(403);
  expect(await status('/api/v1/sources')).toBe(403);
  // One live stream for the board, not one per widget: five widgets read hq here, and a stream
  // each held five of the browser's six connections to the server, queueing the heartbeat.
  await expect(tv.getByTestId('tv-board')).toHaveAttribute('data-page', '0');
  await tv.waitForTimeout(1000);
  expect(streamsOf.get(tv)).toEqual([`${appUrl}/api/v1/sources/hq/queues/live/stream`]);
  // Its display is no scrolling surface at either TV size.
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    await tv.setViewportSize(size);
    expect(
      await tv.evaluate(() => ({
        x: document.documentElement.scrollWidth <= window.innerWidth,
        y: document.documentElement.scrollHeight <= window.innerHeight,
      })),
    ).toEqual({ x: true, y: true });
  }
  await tv.context().close();
});

test('a revoked link shows "revoked" and no data', async ({ page, browser }) => {
  const screen = `Revoked ${run}`;
  const { admin, link } = await createLinkInAdmin(page, null, screen);
  const tv = await openOnTv(browser, link);
  await expect(tv.getByRole('region', { name: 'Waiting', exact: true })).toContainText(/\d/, {
    timeout: 20_000,
  });
  await admin.revoke(screen);
  const message = tv.getByTestId('tv-message');
  await expect(message).toHaveAttribute('data-kind', 'revoked', { timeout: 10_000 });
  await expect(message).toContainText('This display link was revoked');
  await expect(tv.getByTestId('tv-board')).toHaveCount(0);
  await expect(tv.getByTestId('tv-widget')).toHaveCount(0);
  expect(
    await tv.evaluate(() => fetch('/api/v1/sources/hq/queues/live').then((r) => r.status)),
  ).toBe(401);
  await tv.reload();
  await expect(tv.getByTestId('tv-message')).toHaveAttribute('data-kind', 'revoked');
  // The screen still checks in while it says "revoked", and /admin says when it was last seen.
  await page.reload();
  const row = page.getByTestId('admin-link-row').filter({ hasText: screen });
  await expect(row).toContainText('Revoked');
  await expect(row).toContainText(/\d.* ago/);
  await expect(row).not.toContainText('not yet');
  await tv.context().close();
});

test('pages rotate by their own durations', async ({ page, browser }) => {
  const { link } = await createLinkInAdmin(page, rotatingBoard, `Rotation ${run}`);
  const tv = await openOnTv(browser, link);
  const board = tv.getByTestId('tv-board');
  await expect(board).toHaveAttribute('data-page', '0');
  await expect(tv.getByRole('heading', { name: 'First page' })).toBeVisible();
  await expect(board).toHaveAttribute('data-page', '1', { timeout: 5000 });
  await expect(tv.getByText('Welcome to the support floor')).toBeVisible();
  await expect(tv.getByTestId('tv-page-indicator')).toHaveText('Page 2 of 2');
  await expect(board).toHaveAttribute('data-page', '0', { timeout: 5000 });
  await tv.context().close();
});

test('a threshold level changes colour, icon and word only after N consecutive readings', async ({
  page,
  browser,
}) => {
  const { link } = await createLinkInAdmin(page, thresholdBoard, `Threshold ${run}`);
  const tv = await openOnTv(browser, link);
  const kpi = tv.getByRole('region', { name: 'Waiting', exact: true }).first();
  const level = kpi.getByTestId('tv-level');
  // The first readings are over the warning limit, but one or two readings are not enough.
  await expect(level).toBeVisible({ timeout: 20_000 });
  await expect(level).toHaveAttribute('data-level', 'ok');
  await expect(level).toHaveText('●OK');
  await expect(level).toHaveClass(/text-ok/);
  // The third consecutive reading (one per live update, every 5 s) turns it to warning.
  await expect(level).toHaveAttribute('data-level', 'warning', { timeout: 30_000 });
  await expect(level).toHaveText('▲Warning');
  await expect(level).toHaveClass(/text-warn/);
  await expect(kpi.getByTestId('tv-kpi').locator('span').first()).toHaveClass(/text-warn/);
  await tv.context().close();
});

test('during a simulator outage widgets turn stale with age and reason, then fresh again', async ({
  page,
  browser,
}) => {
  const { link } = await createLinkInAdmin(page, null, `Outage ${run}`);
  const tv = await openOnTv(browser, link);
  const kpi = tv.getByRole('region', { name: 'Waiting', exact: true });
  await expect(kpi).toHaveAttribute('data-stale', 'false', { timeout: 20_000 });
  const before = await kpi.getByTestId('tv-kpi').getAttribute('data-value');
  await sim.setFault('asternic', { mode: 'http-503' });
  await expect(kpi).toHaveAttribute('data-stale', 'true', { timeout: 20_000 });
  await expect(kpi.getByTestId('tv-widget-age')).toContainText(
    /Stale · \d+ s old — asternic realtime: HTTP 503/,
  );
  await expect(kpi.getByTestId('tv-kpi')).toHaveAttribute('data-value', before ?? '');
  await sim.clearFaults();
  await expect(kpi).toHaveAttribute('data-stale', 'false', { timeout: 20_000 });
  await expect(kpi.getByTestId('tv-widget-age')).toHaveText(/^Updated \d+ s ago$/);
  await tv.context().close();
});

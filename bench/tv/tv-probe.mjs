// One TV screen in its own Chromium, opened with a display link (no session), and what the soak
// reads from it: heap after a full GC (CDP), DOM nodes, performance entries, JS listeners, and
// whether the page reloaded itself (which would hide a leak).
import { chromium } from 'playwright-core';

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  // A wall TV is always in the foreground: no timer throttling of a "background" page.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Launches a browser, opens `linkUrl` at 1920×1080 and waits for live, fresh figures. */
export async function openTvProbe({ executablePath, linkUrl, label }) {
  const browser = await chromium.launch({ executablePath, args: launchArgs });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  await page.goto(linkUrl);
  await page.getByTestId('tv-board').waitFor({ timeout: 60_000 });
  await page
    .locator('[data-testid="tv-widget"][data-kind="kpi"][data-stale="false"]')
    .first()
    .waitFor({ timeout: 60_000 });
  await page.getByTestId('tv-hourly-chart').waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const navigationsAtOpen = navigations;

  return {
    label,
    page,
    /** Main-frame navigations since the board first showed (a self-reload counts one). */
    reloads: () => navigations - navigationsAtOpen,
    errors,
    async measure() {
      // Two passes: the first may only run finalizers that free more on the second.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => metrics.find((m) => m.name === name)?.value;
      const inPage = await page.evaluate(() => {
        const types = {};
        for (const entry of performance.getEntries())
          types[entry.entryType] = (types[entry.entryType] ?? 0) + 1;
        const kpi = document.querySelector('[data-testid="tv-widget"][data-kind="kpi"]');
        return {
          elements: document.getElementsByTagName('*').length,
          entries: performance.getEntries().length,
          entryTypes: types,
          widgets: document.querySelectorAll('[data-testid="tv-widget"]').length,
          staleWidgets: document.querySelectorAll('[data-testid="tv-widget"][data-stale="true"]')
            .length,
          kpiAge: kpi?.querySelector('[data-testid="tv-widget-age"]')?.textContent ?? null,
        };
      });
      return {
        atMs: Date.now(),
        heapUsed: heap.usedSize,
        domNodes: metric('Nodes'),
        listeners: metric('JSEventListeners'),
        documents: metric('Documents'),
        ...inPage,
      };
    },
    close: () => browser.close(),
  };
}

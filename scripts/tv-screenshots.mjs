// Screenshots of a TV board and /admin for review: `node scripts/tv-screenshots.mjs` against a
// running app (SCREENSHOT_URL, default http://127.0.0.1:3000; SCREENSHOT_USER / SCREENSHOT_PASSWORD,
// default the demo's admin; SCREENSHOT_BOARD, default hq-tv). It creates a display link, opens it
// in a browser with no session at 1920×1080 and 3840×2160 (checking for scrollbars), then shows
// /admin at 1366×768 and revokes the link. Writes docs/screenshots/tv-*.png and admin-*.png.
// Not part of npm test: tests never write docs.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const baseURL = process.env.SCREENSHOT_URL ?? 'http://127.0.0.1:3000';
const username = process.env.SCREENSHOT_USER ?? 'admin';
const password = process.env.SCREENSHOT_PASSWORD ?? 'callboard-demo';
const boardId = process.env.SCREENSHOT_BOARD ?? 'hq-tv';
const settleMs = Number(process.env.SCREENSHOT_SETTLE_MS ?? 6000);
const outDir = join(root, 'docs', 'screenshots');
const tvSizes = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
let linkId;
const admin = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
const page = await admin.newPage();
try {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const created = await page.request.post('/api/v1/admin/display-links', {
    data: { boardId, name: `Screenshots ${new Date().toISOString().slice(0, 16)}` },
  });
  if (!created.ok()) throw new Error(`creating a display link: HTTP ${created.status()}`);
  const { link, path } = await created.json();
  linkId = link.id;

  for (const size of tvSizes) {
    // A TV has no session: a fresh context, as the display link is meant to be opened.
    const tv = await browser.newContext({ baseURL, viewport: size });
    const screen = await tv.newPage();
    await screen.goto(path);
    await screen.getByTestId('tv-board').waitFor({ timeout: 60_000 });
    await screen.getByTestId('tv-hourly-chart').waitFor({ timeout: 60_000 });
    await screen.waitForTimeout(settleMs);
    const overflow = await screen.evaluate(() => ({
      x: document.documentElement.scrollWidth > window.innerWidth,
      y: document.documentElement.scrollHeight > window.innerHeight,
    }));
    if (overflow.x || overflow.y)
      console.warn(`warning: scrollbars at ${size.width}x${size.height}`);
    const file = join(outDir, `tv-${size.width}x${size.height}.png`);
    await screen.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await tv.close();
  }

  await page.goto('/admin');
  await page.getByTestId('admin-screen-row').first().waitFor({ timeout: 30_000 });
  const file = join(outDir, 'admin-1366x768.png');
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
} finally {
  if (linkId) await page.request.delete(`/api/v1/admin/display-links/${linkId}`).catch(() => {});
  await browser.close();
}

// Screenshots of the supervisor pages for review: `node scripts/screenshots.mjs` against a running
// app (SCREENSHOT_URL, default http://127.0.0.1:3000; SCREENSHOT_USER / SCREENSHOT_PASSWORD, default
// the demo's admin). Writes docs/screenshots/<page>-<width>x<height>.png. Not part of npm test.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const baseURL = process.env.SCREENSHOT_URL ?? 'http://127.0.0.1:3000';
const username = process.env.SCREENSHOT_USER ?? 'admin';
const password = process.env.SCREENSHOT_PASSWORD ?? 'callboard-demo';
const outDir = join(root, 'docs', 'screenshots');
const pages = [
  { name: 'overview', path: '/', ready: (page) => page.getByRole('article').first() },
  { name: 'source-hq', path: '/sources/hq', ready: (page) => page.getByTestId('calls-chart') },
];
const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const target of pages) {
      await page.goto(target.path);
      await target.ready(page).waitFor({ timeout: 60_000 });
      // Let the slower statistics queries land, so the picture shows the page as people see it.
      await page.waitForTimeout(Number(process.env.SCREENSHOT_SETTLE_MS ?? 4000));
      const file = join(outDir, `${target.name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
    }
  }
} finally {
  await browser.close();
}

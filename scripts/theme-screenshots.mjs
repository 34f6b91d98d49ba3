// Screenshots of `/` and a report in Russian and Uzbek, light and dark, for the README:
// `node scripts/theme-screenshots.mjs` against a running app (SCREENSHOT_URL, default
// http://127.0.0.1:3000; SCREENSHOT_USER / SCREENSHOT_PASSWORD, default the demo's admin).
// Writes docs/screenshots/<page>-<language>-<theme>-1366x768.png. Not part of npm test.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const baseURL = process.env.SCREENSHOT_URL ?? 'http://127.0.0.1:3000';
const username = process.env.SCREENSHOT_USER ?? 'admin';
const password = process.env.SCREENSHOT_PASSWORD ?? 'callboard-demo';
const settleMs = Number(process.env.SCREENSHOT_SETTLE_MS ?? 4000);
const outDir = join(root, 'docs', 'screenshots');
const pages = [
  { name: 'overview', path: '/', ready: (page) => page.getByRole('article').first() },
  {
    name: 'report',
    path: '/reports?source=hq&preset=last-7-days&bucket=day',
    ready: (page) => page.getByTestId('summary-card'),
  },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const language of ['ru', 'uz']) {
    for (const theme of ['light', 'dark']) {
      // The language and theme cookies, as the switches set them; the system scheme agrees.
      const context = await browser.newContext({
        baseURL,
        colorScheme: theme,
        viewport: { width: 1366, height: 768 },
      });
      await context.addCookies([
        { name: 'callboard-locale', value: language, url: baseURL },
        { name: 'callboard-theme', value: theme, url: baseURL },
      ]);
      const page = await context.newPage();
      await page.goto('/login');
      await page.locator('#username, input[name="username"]').first().fill(username);
      await page.locator('input[type="password"]').fill(password);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      for (const target of pages) {
        await page.goto(target.path);
        await target.ready(page).waitFor({ timeout: 60_000 });
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
          timeout: 60_000,
        });
        await page.waitForTimeout(settleMs);
        const file = join(outDir, `${target.name}-${language}-${theme}-1366x768.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}

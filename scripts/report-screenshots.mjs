// On demand (not part of npm test): screenshots of /reports at 1366x768 and 1920x1080 into
// docs/screenshots/. Needs a running app: REPORTS_URL (default http://127.0.0.1:3301),
// REPORTS_USER / REPORTS_PASSWORD (default admin / callboard-demo), CHROMIUM_PATH optional.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.REPORTS_URL ?? 'http://127.0.0.1:3301';
const user = process.env.REPORTS_USER ?? 'admin';
const password = process.env.REPORTS_PASSWORD ?? 'callboard-demo';
const source = process.env.REPORTS_SOURCE ?? 'hq';
const out = 'docs/screenshots';

const shots = [
  { name: 'reports-day-last-7-days', query: `source=${source}&preset=last-7-days&bucket=day` },
  { name: 'reports-hour-today', query: `source=${source}&preset=today&bucket=hour` },
  // A period in the future has no calls: the empty state.
  { name: 'reports-empty', query: `source=${source}&from=2030-01-01&to=2030-01-07&bucket=day` },
];
const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A dev server compiles each route on first use; that can take a while on a busy machine.
  page.setDefaultTimeout(180_000);
  await page.goto(`${base}/login`);
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/`);
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const shot of shots) {
      await page.goto(`${base}/reports?${shot.query}`);
      await page.getByRole('region', { name: 'Totals' }).waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
        timeout: 120_000,
      });
      const file = `${out}/${shot.name}-${size.width}x${size.height}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
} finally {
  await browser.close();
}

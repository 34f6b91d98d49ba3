// On demand (not part of npm test): screenshots of /reports at 1366x768 and 1920x1080 into
// docs/screenshots/. Needs a running app: REPORTS_URL (default http://127.0.0.1:3301),
// REPORTS_USER / REPORTS_PASSWORD (default admin / callboard-demo), CHROMIUM_PATH optional.
// With REPORTS_SIM_URL (the simulator's control address) it also shoots the error state.
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
  // A month by hour (the demo's UTEL source answers hours natively): more than 120 buckets are
  // drawn as stacked steps, downsampled to at most 500 points, with the note saying so.
  { name: 'reports-hour-last-30-days', query: 'source=cloud&preset=last-30-days&bucket=hour' },
  // A period in the future has no calls: the empty state.
  { name: 'reports-empty', query: `source=${source}&from=2030-01-01&to=2030-01-07&bucket=day` },
];
const simUrl = process.env.REPORTS_SIM_URL;
if (simUrl) {
  // Its own never-asked period, so no cached answer hides the failure.
  shots.push({
    name: 'reports-error',
    query: `source=${source}&from=2029-03-05&to=2029-03-06&bucket=day`,
    fault: true,
  });
}
const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

async function setFault(on) {
  const url = `${simUrl}/_sim/faults${on ? '/asternic' : ''}`;
  await fetch(url, {
    method: on ? 'PUT' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    body: on ? JSON.stringify({ mode: 'http-500', paths: ['entity=reports'] }) : undefined,
  });
}

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
      if (shot.fault) await setFault(true);
      await page.goto(`${base}/reports?${shot.query}`);
      await page.getByRole('region', { name: 'Totals' }).waitFor();
      if (shot.fault) await page.getByTestId('report-error').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
        timeout: 120_000,
      });
      const file = `${out}/${shot.name}-${size.width}x${size.height}.png`;
      await page.screenshot({ path: file, fullPage: true });
      if (shot.fault) await setFault(false);
      console.log(file);
    }
  }
} finally {
  await browser.close();
}

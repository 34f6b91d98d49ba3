import { expect, test } from '@playwright/test';
import { createSimControl } from '../sim/control-client';
import { simUrl } from './env';
import { WallboardPage } from './pages/wallboard-page';

const sim = createSimControl(simUrl);

test.afterEach(async () => {
  await sim.clearFaults();
});

test('during an upstream outage the tile stays, marked stale, and recovers without a reload', async ({
  page,
}) => {
  const wallboard = new WallboardPage(page);
  await wallboard.goto();
  const tile = wallboard.tiles.first();
  await expect(tile).toHaveAttribute('data-stale', 'false');
  const waitingBefore = await wallboard.figure(tile, 'Waiting').textContent();
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  await sim.setFault('asternic', { mode: 'http-503' });
  const banner = page.getByTestId('outage-banner');
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText('HQ call center is not answering');
  await expect(banner).toContainText('HTTP 503');
  await expect(tile).toHaveAttribute('data-stale', 'true');
  // Stale is said in words and with its age, and the last figures stay on screen.
  await expect(wallboard.age(tile)).toContainText(/Stale · data \d+ s old/);
  await expect(wallboard.age(tile)).toContainText('Reason: asternic realtime: HTTP 503');
  await expect(wallboard.figure(tile, 'Waiting')).toHaveText(waitingBefore ?? '');

  await sim.clearFaults();
  await expect(tile).toHaveAttribute('data-stale', 'false', { timeout: 15_000 });
  await expect(banner).toBeHidden();
  await expect(wallboard.age(tile)).toHaveText(/^Updated \d+ s ago$/);
  expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
});

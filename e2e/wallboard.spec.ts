import { expect, test } from '@playwright/test';
import { e2e, simUrl } from './env';
import { WallboardPage } from './pages/wallboard-page';

interface SimRealtime {
  summary: { queue: Record<string, Record<string, string>> };
}

async function simRealtime(): Promise<SimRealtime> {
  const auth = Buffer.from(`wallboard:${e2e.simPassword}`).toString('base64');
  const response = await fetch(`${simUrl}/asternic/stats/rest/index.php?entity=realtime`, {
    headers: { authorization: `Basic ${auth}` },
  });
  return (await response.json()) as SimRealtime;
}

test('shows one live tile per simulated queue, with figures that match the PBX', async ({
  page,
}) => {
  const before = await simRealtime();
  const wallboard = new WallboardPage(page);
  await wallboard.goto();
  const queueNames = Object.keys(before.summary.queue);
  await expect(wallboard.tiles).toHaveCount(queueNames.length);

  const name = queueNames[0] ?? '';
  const tile = wallboard.tile(`${name} — HQ call center`);
  await expect(tile).toBeVisible();
  const answered = Number(await wallboard.figure(tile, 'Answered today').textContent());
  const after = await simRealtime();
  // The tile shows a snapshot taken between the two direct reads of the simulator.
  expect(answered).toBeGreaterThanOrEqual(Number(before.summary.queue[name]?.Answered));
  expect(answered).toBeLessThanOrEqual(Number(after.summary.queue[name]?.Answered));
  await expect(wallboard.figure(tile, 'Waiting')).toHaveText(/^\d+$/);
  await expect(wallboard.figure(tile, 'Available')).toHaveText(/^\d+$/);
});

test('each tile shows its age, and the data refreshes by itself', async ({ page }) => {
  const wallboard = new WallboardPage(page);
  await wallboard.goto();
  const tile = wallboard.tiles.first();
  const age = wallboard.age(tile);
  await expect(age).toHaveText(/^Updated \d+ s ago$/);
  // The age grows between refreshes and drops back when new data arrives (every 5 s).
  await expect(age).toHaveText(/^Updated [3-9] s ago$/, { timeout: 15_000 });
  await expect(age).toHaveText(/^Updated [0-2] s ago$/, { timeout: 15_000 });
  await expect(tile).toHaveAttribute('data-stale', 'false');
});

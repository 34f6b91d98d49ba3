import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { expect, test } from '@playwright/test';
import { e2e } from './env';

const port = e2e.restartAppPort;
const origin = `http://127.0.0.1:${port}`;

/** On a fresh connection each time: a kept-alive one would reach a server that stopped listening. */
const healthy = () =>
  new Promise<boolean>((resolve) => {
    const request = get(`${origin}/api/health`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.setTimeout(2000, () => request.destroy());
    request.on('error', () => resolve(false));
  });

/** `npm start`'s server on its own port, with the run's database and simulator, as playwright.config.ts. */
async function startServer(): Promise<ChildProcess> {
  // Its own process group, so that stopping it also stops anything it starts.
  const child = spawn('node', ['server.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      CALLBOARD_CONFIG: 'e2e/callboard.e2e.yaml',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      CALLBOARD_DB_PATH: e2e.dbPath,
      SIM_PORT: String(e2e.simPort),
      SIM_ASTERNIC_PASSWORD: e2e.simPassword,
    },
    stdio: 'ignore',
    detached: true,
  });
  await expect.poll(healthy, { timeout: 60_000, intervals: [250] }).toBe(true);
  return child;
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, name);
  } catch {
    // The whole group is gone already.
  }
}

/** SIGTERM, as a service manager restarting it does; SIGKILL if it still answers after 20 s. */
async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.pid === undefined) return;
  signal(child, 'SIGTERM');
  const deadline = Date.now() + 20_000;
  while ((await healthy()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  signal(child, 'SIGKILL');
  await expect.poll(healthy, { timeout: 5000 }).toBe(false);
}

let server: ChildProcess | undefined;

test.afterAll(async () => {
  await stopServer(server);
});

test('a TV board survives a restart of the server: fresh again within 10 s of it being back', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  server = await startServer();
  const created = await fetch(`${origin}/api/v1/admin/display-links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${e2e.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ boardId: 'hq-tv', name: `Restart ${Date.now().toString(36)}` }),
  });
  expect(created.status).toBe(201);
  const { path } = (await created.json()) as { path: string };

  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    storageState: { cookies: [], origins: [] },
  });
  const tv = await context.newPage();
  await tv.goto(`${origin}${path}`);
  await expect(tv).toHaveURL(`${origin}/tv/hq-tv`);
  const kpi = tv.getByRole('region', { name: 'Waiting', exact: true });
  const age = kpi.getByTestId('tv-widget-age');
  // A figure with its age: before the first answer a widget says "No data yet", which is not stale.
  await expect(kpi.getByTestId('tv-kpi')).toBeVisible({ timeout: 20_000 });
  await expect(age).toHaveText(/^Updated \d+ s ago$/);

  await stopServer(server);
  // While the server is away the board keeps its figures, marked stale, and says so.
  await expect(kpi).toHaveAttribute('data-stale', 'true', { timeout: 20_000 });
  await expect(kpi.getByTestId('tv-kpi')).toBeVisible();
  await expect(age).toContainText('Stale');
  await expect(tv.getByTestId('tv-board')).toBeVisible();

  server = await startServer();
  const backAt = Date.now();
  // The display session lives in the database and the key in the TV's cookie: no sign-in,
  // no "revoked", the same page (it never reloaded into an error page), fresh again.
  await expect(kpi).toHaveAttribute('data-stale', 'false', { timeout: 10_000 });
  await expect(age).toHaveText(/^Updated \d+ s ago$/, { timeout: 10_000 - (Date.now() - backAt) });
  expect(Date.now() - backAt).toBeLessThan(10_000);
  await expect(kpi.getByTestId('tv-kpi')).toBeVisible();
  await expect(tv.getByTestId('tv-message')).toHaveCount(0);
  await expect(tv).toHaveURL(`${origin}/tv/hq-tv`);
  await context.close();
});

import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from './pages/login-page';

const run = Date.now().toString(36);
const username = `flow-${run}`;
const password = 'flow-password-0123';

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: `test-results/admin-${name}-${width}x${height}.png`,
      fullPage: true,
    });
  }
}

test('an admin adds a user who signs in, then disables them: their next request is refused', async ({
  page,
  browser,
}) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Users', exact: true })).toBeVisible();
  const form = page.getByRole('form', { name: 'Add user' });
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Password').fill(password);
  await form.getByLabel('Role').selectOption('supervisor');
  await form.getByRole('button', { name: 'Add user' }).click();
  const row = page.getByTestId('user-row').filter({ hasText: username });
  await expect(row).toContainText('Active');
  await shoot(page, 'users');

  // The new user signs in through the form, in a browser of their own.
  const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const them = await theirs.newPage();
  const login = new LoginPage(them);
  await login.goto();
  await login.signIn(username, password);
  await expect(them).toHaveURL('/');
  expect((await them.request.get('/api/v1/sources')).status()).toBe(200);
  // A supervisor reads reports but may not export them.
  const csv = await them.request.get('/api/v1/sources/hq/summary?from=2026-11-02&format=csv');
  expect(csv.status()).toBe(403);

  // The admin disables them; their very next request is refused and the page asks to sign in.
  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row).toContainText('Disabled');
  expect((await them.request.get('/api/v1/sources')).status()).toBe(401);
  await them.goto('/');
  await expect(them).toHaveURL(/\/login/);
  // Nor can they sign in again.
  await login.signIn(username, password);
  await expect(them).toHaveURL(/\/login/);
  await theirs.close();

  // The audit log holds the creation, the change and their sign-ins, with an address.
  await page.goto('/admin/audit');
  const entries = page.getByTestId('audit-row');
  await expect(
    entries.filter({ hasText: 'user.create' }).filter({ hasText: username }),
  ).toHaveCount(1);
  await expect(
    entries.filter({ hasText: 'user.update' }).filter({ hasText: username }),
  ).toHaveCount(1);
  await expect(
    entries.filter({ hasText: 'sign-in.success' }).filter({ hasText: username }),
  ).toHaveCount(1);
  await expect(
    entries.filter({ hasText: 'sign-in.failure' }).filter({ hasText: username }),
  ).toHaveCount(1);
  await shoot(page, 'audit');
});

test('an admin creates an API token that is shown once and works until revoked', async ({
  page,
}) => {
  await page.goto('/admin/tokens');
  const form = page.getByRole('form', { name: 'Create token' });
  await form.getByLabel('Token name').fill(`ui-${run}`);
  await form.getByLabel('Role').selectOption('viewer');
  await form.getByLabel('all sources').uncheck();
  await form.getByLabel('HQ call center').check();
  await form.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('created-token').textContent()) ?? '';
  expect(token).toMatch(/^cbt_/);
  const headers = { authorization: `Bearer ${token}` };
  expect((await page.request.get('/api/v1/sources/hq/queues/live', { headers })).status()).toBe(
    200,
  );
  // A viewer token reads live data but no reports.
  const report = await page.request.get('/api/v1/sources/hq/summary?from=2026-11-02', { headers });
  expect(report.status()).toBe(403);
  await shoot(page, 'tokens');
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  const row = page.getByTestId('token-row').filter({ hasText: `ui-${run}` });
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('Revoked');
  expect((await page.request.get('/api/v1/sources', { headers })).status()).toBe(401);
});

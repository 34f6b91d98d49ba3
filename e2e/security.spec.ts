import { expect, test } from '@playwright/test';
import { e2e } from './env';
import { LoginPage } from './pages/login-page';

test.use({ storageState: { cookies: [], origins: [] } });

test('pages carry a nonce CSP that runs the app with no inline-script allowance', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/login');
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(script).not.toContain('unsafe-inline');
  expect(script).not.toContain('unsafe-eval');
  expect(csp).toContain(`frame-ancestors 'self'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
  // Each page view gets its own nonce.
  const again = await page.request.get('/login');
  expect(again.headers()['content-security-policy']).not.toBe(csp);
  // The app still works under it: signing in runs client-side script.
  await new LoginPage(page).signIn(e2e.admin.username, e2e.admin.password);
  await expect(page).toHaveURL('/');
  expect(violations).toEqual([]);
});

test('API answers carry nosniff and no X-Powered-By', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['x-powered-by']).toBeUndefined();
});

for (const callbackUrl of ['/\\evil.example', '/%09/evil.example', '//evil.example']) {
  test(`sign-in never redirects off-site, even for callbackUrl=${callbackUrl}`, async ({
    page,
  }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await new LoginPage(page).signIn(e2e.admin.username, e2e.admin.password);
    await expect(page).toHaveURL('/');
  });
}

test('a repeated callbackUrl is refused, not a server error', async ({ request }) => {
  const response = await request.get('/login?callbackUrl=/a&callbackUrl=/b');
  expect(response.status()).toBe(200);
});

test('the page language follows Accept-Language, and the chosen language wins over it', async ({
  browser,
}) => {
  const russian = await browser.newContext({ locale: 'ru-RU', storageState: undefined });
  const page = await russian.newPage();
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: 'Вход в Callboard' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('uz');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uz');
  await expect(page.getByRole('heading', { name: 'Callboard’ga kirish' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uz');
  await russian.close();
});

test('the 6th wrong password in a row is refused with 429, for an existing and a missing user', async ({
  browser,
}) => {
  for (const [username, address] of [
    ['operator', '198.51.100.21'],
    ['nobody-here', '198.51.100.22'],
  ] as const) {
    // Each run from its own client address, so the address limit of 127.0.0.1 is not spent.
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': address },
    });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/auth/callback/credentials'))
        statuses.push(response.status());
    });
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await login.signIn(username, `wrong-${attempt}`);
      await expect.poll(() => statuses.length).toBe(attempt);
      await expect(page.locator('form').getByRole('alert')).toBeVisible();
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    await expect(page.locator('form').getByRole('alert')).toContainText('Too many failed sign-ins');
    await context.close();
  }
});

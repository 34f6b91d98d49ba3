import { expect, test, type Page } from '@playwright/test';
import { oidcUrl } from './env';

test.use({ storageState: { cookies: [], origins: [] } });

/** The test provider's development pages: a login form, then a consent button. */
async function signInAtProvider(page: Page, login: string) {
  await page.getByRole('button', { name: 'Sign in with Test SSO' }).click();
  await page.waitForURL(`${oidcUrl}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click();
}

test('single sign-on through an OpenID Connect provider, with the role mapped from a claim', async ({
  page,
}) => {
  await page.goto('/login');
  await signInAtProvider(page, 'sso-supervisor');
  await expect(page).toHaveURL('/');
  const session = (await (await page.request.get('/api/auth/session')).json()) as {
    user?: { name?: string };
    role?: string;
  };
  expect(session.user?.name).toBe('sso-supervisor');
  expect(session.role).toBe('supervisor');
});

test('single sign-on refuses a person whose claims map to no role', async ({ page }) => {
  await page.goto('/login');
  await signInAtProvider(page, 'sso-stranger');
  await expect(page).toHaveURL(/\/login\?.*error=AccessDenied/);
  await expect(page.getByRole('alert').filter({ hasText: 'no Callboard role' })).toBeVisible();
  const session = await (await page.request.get('/api/auth/session')).json();
  expect(session).toEqual({});
});

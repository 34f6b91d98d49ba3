import { expect, test as setup } from '@playwright/test';
import { e2e, storageStatePath } from './env';
import { LoginPage } from './pages/login-page';

setup('sign in once through the login form', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(e2e.admin.username, e2e.admin.password);
  await expect(page).toHaveURL('/');
  await page.context().storageState({ path: storageStatePath });
});

import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import ru from '../messages/ru.json';
import { e2e } from './env';
import { contextFor, openSettled, tabTo } from './support/a11y';

// Keyboard only: every step below is Tab, typing, arrows or Enter; nothing is clicked.

test('signs in with the keyboard alone', async ({ browser }) => {
  const context = await contextFor(browser, { language: 'en', theme: 'light', signedIn: false });
  const page = await context.newPage();
  await page.goto('/login');
  await tabTo(page, page.getByLabel('Username'));
  await page.keyboard.type(e2e.admin.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(e2e.admin.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/');
  await context.close();
});

test('opens a source from the overview with the keyboard alone', async ({ page }) => {
  await openSettled(page, '/');
  await tabTo(page, page.locator('a[href="/sources/hq"]').first());
  // The focused control shows where the keyboard is.
  const outline = await page.evaluate(() => {
    const style = document.activeElement && getComputedStyle(document.activeElement);
    return style ? `${style.outlineStyle} ${style.outlineWidth}` : '';
  });
  expect(outline).toBe('solid 2px');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/sources/hq');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('changes a report period and exports its PDF in Russian with the keyboard alone', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await contextFor(browser, { language: 'ru', theme: 'dark', signedIn: true });
  const page = await context.newPage();
  await openSettled(page, '/reports?source=hq&preset=yesterday&bucket=day');
  const period = page.getByRole('combobox', { name: ru.reports.controls.period, exact: true });
  await tabTo(page, period);
  await page.keyboard.press('ArrowDown');
  await expect(page).not.toHaveURL(/preset=yesterday/);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
    timeout: 60_000,
  });

  const pdfButton = page.getByRole('button', {
    name: `${ru.reports.export.pdf} — ${ru.reports.export.reportTitle}`,
  });
  await tabTo(page, pdfButton, 120);
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  // The file is named in Russian, and the PDF prints Cyrillic as written (not "?").
  expect(pdf.suggestedFilename()).toMatch(
    /^hq-отчёт-по-дням-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', await pdf.path(), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain(ru.reports.export.reportTitle);
  expect(text).toContain(`${ru.reports.export.period}:`);
  expect(text).toContain(ru.reports.agents.title);
  expect(text).not.toContain('???');
  await context.close();
});

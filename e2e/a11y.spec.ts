import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  contextFor,
  expectNoEnglish,
  languages,
  openSettled,
  signedInPages,
  themes,
} from './support/a11y';

// WCAG 2.0–2.2, levels A and AA: what issue 10 promises.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('axe finds no serious or critical violation on any page, in both themes and every language', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const found: string[] = [];
  for (const language of languages) {
    for (const theme of themes) {
      for (const signedIn of [true, false]) {
        const context = await contextFor(browser, { language, theme, signedIn });
        const page = await context.newPage();
        for (const path of signedIn ? signedInPages : ['/login']) {
          await openSettled(page, path);
          const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
          for (const v of violations) {
            if (v.impact !== 'serious' && v.impact !== 'critical') continue;
            const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
            found.push(
              `${language}/${theme} ${path}: ${v.id} (${v.impact}) at ${targets.join(', ')}`,
            );
          }
        }
        await context.close();
      }
    }
  }
  expect(found).toEqual([]);
});

test('pages in Russian and Uzbek show no English and no raw message key', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const live = await request.get('/api/v1/sources/hq/queues/live');
  const sources = await request.get('/api/v1/sources');
  const body = JSON.stringify([await live.json(), await sources.json()]);
  // Every name the configuration and the simulator give: data shown as it is, in any language.
  const data = [...body.matchAll(/"(?:name|callerName)":"([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const language of ['ru', 'uz'] as const) {
    for (const signedIn of [true, false]) {
      const context = await contextFor(browser, { language, theme: 'dark', signedIn });
      const page = await context.newPage();
      for (const path of signedIn ? signedInPages : ['/login']) {
        await openSettled(page, path);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoEnglish(page, `${language} ${path}`, data);
      }
      await context.close();
    }
  }
});

import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import ru from '../messages/ru.json';
import { appUrl } from './env';
import { LoginPage } from './pages/login-page';
import {
  adminSubpages,
  contextFor,
  expectNoEnglish,
  languages,
  openSettled,
  signedInPages,
  themes,
} from './support/a11y';

// WCAG 2.0–2.2, levels A and AA: what issue 10 promises.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const everySignedInPage = [...signedInPages, ...adminSubpages];

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
        for (const path of signedIn ? everySignedInPage : ['/login']) {
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
  const names = [...body.matchAll(/"(?:name|callerName)":"([^"]+)"/g)].map((m) => m[1] ?? '');
  // The admin pages show people's and tokens' names and the audit log's records (action names,
  // the JSON of what changed) as they are stored: data too, not interface.
  const users = (await (await request.get('/api/v1/admin/users')).json()) as {
    users: { username: string }[];
    bootstrap: { username: string }[];
  };
  const tokens = (await (await request.get('/api/v1/admin/tokens')).json()) as {
    tokens: { name: string }[];
    configured: { name: string }[];
  };
  const audit = (await (await request.get('/api/v1/admin/audit?pageSize=200')).json()) as {
    entries: { actor: string; action: string; target: string | null; detail: unknown }[];
  };
  const data = [
    ...names,
    ...[...users.users, ...users.bootstrap].map((user) => user.username),
    ...[...tokens.tokens, ...tokens.configured].map((token) => token.name),
    ...audit.entries.flatMap((entry) => [
      entry.actor,
      entry.action,
      entry.target ?? '',
      entry.detail ? JSON.stringify(entry.detail) : '',
    ]),
  ]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const language of ['ru', 'uz'] as const) {
    for (const signedIn of [true, false]) {
      const context = await contextFor(browser, { language, theme: 'dark', signedIn });
      const page = await context.newPage();
      for (const path of signedIn ? everySignedInPage : ['/login']) {
        await openSettled(page, path);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoEnglish(page, `${language} ${path}`, data);
      }
      await context.close();
    }
  }
});

test('a TV board with its own language shows it whatever the screen prefers', async ({
  browser,
  request,
}) => {
  const hq = await (await request.get('/api/v1/admin/boards/hq-tv')).json();
  const board = { ...hq, id: 'hq-tv-ru', name: 'HQ RU', locale: 'ru' };
  expect((await request.post('/api/v1/admin/boards', { data: board })).ok()).toBe(true);
  // The viewer's own choice is Uzbek: the board's Russian wins on its screen, not elsewhere.
  const context = await contextFor(browser, { language: 'uz', theme: 'light', signedIn: true });
  const page = await context.newPage();
  await openSettled(page, '/tv/hq-tv-ru');
  await expect(page.getByTestId('tv-board')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('tv-board')).toContainText(ru.tv.clock);
  await openSettled(page, '/tv/hq-tv');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uz');
  await expect(page.getByTestId('tv-board')).not.toContainText(ru.tv.clock);
  await context.close();
});

test("a database user's language follows them to a browser without the language cookie", async ({
  browser,
  request,
}) => {
  const username = `lang-${Date.now().toString(36)}`;
  const password = 'lang-password-0123';
  const created = await request.post('/api/v1/admin/users', {
    data: { username, password, role: 'viewer' },
  });
  expect(created.status()).toBe(201);
  const signIn = async () => {
    // A new browser whose own preference is English, with no cookie of any kind.
    const context = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      locale: 'en-US',
    });
    const page = await context.newPage();
    await new LoginPage(page).goto();
    await new LoginPage(page).signIn(username, password);
    await expect(page).toHaveURL('/');
    return { context, page };
  };

  const first = await signIn();
  await expect(first.page.locator('html')).toHaveAttribute('lang', 'en');
  await first.page.getByLabel('Language').selectOption('ru');
  await expect(first.page.locator('html')).toHaveAttribute('lang', 'ru');
  // Stored in their row, as the admin API shows.
  const storedLocale = async () => {
    const { users } = (await (await request.get('/api/v1/admin/users')).json()) as {
      users: { username: string; locale: string | null }[];
    };
    return users.find((user) => user.username === username)?.locale;
  };
  await expect.poll(storedLocale).toBe('ru');
  await first.context.close();

  // Signed in again elsewhere: their Russian wins over the browser's English…
  const second = await signIn();
  await expect(second.page.locator('html')).toHaveAttribute('lang', 'ru');
  // …and this browser's own choice (the cookie) wins over what is stored.
  await second.context.addCookies([{ name: 'callboard-locale', value: 'uz', url: appUrl }]);
  await openSettled(second.page, '/');
  await expect(second.page.locator('html')).toHaveAttribute('lang', 'uz');
  await second.context.close();
});

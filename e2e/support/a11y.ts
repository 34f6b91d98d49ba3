import {
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import en from '../../messages/en.json';
import ru from '../../messages/ru.json';
import uz from '../../messages/uz.json';
import { appUrl, storageStatePath } from '../env';

export const languages = ['en', 'ru', 'uz'] as const;
export const themes = ['light', 'dark'] as const;
export type Language = (typeof languages)[number];
export type Theme = (typeof themes)[number];

/** Every page of the app a person can open, with the board and source of the e2e config. */
export const signedInPages = [
  '/',
  '/sources/hq',
  '/reports?source=hq&preset=yesterday&bucket=day',
  '/admin',
  '/tv/hq-tv',
];

/** The admin sections beyond /admin (boards): users, API tokens and the audit log. */
export const adminSubpages = ['/admin/users', '/admin/tokens', '/admin/audit'];

/** A browser context in a language and theme, signed in (the setup project's state) or not. */
export async function contextFor(
  browser: Browser,
  options: { language: Language; theme: Theme; signedIn: boolean },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: appUrl,
    storageState: options.signedIn ? storageStatePath : undefined,
    colorScheme: options.theme,
    locale: 'en-US',
  });
  const url = appUrl;
  await context.addCookies([
    { name: 'callboard-locale', value: options.language, url },
    { name: 'callboard-theme', value: options.theme, url },
  ]);
  return context;
}

/** Opens `path` and waits until its data has arrived: no skeletons or busy sections left. */
export async function openSettled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page
    .locator(path.startsWith('/tv/') ? '[data-testid="tv-board"]' : 'main')
    .first()
    .waitFor();
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy="true"], .animate-pulse') &&
      document.body.innerText.trim().length > 0,
    null,
    { timeout: 30_000 },
  );
}

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

/** Every message key (what use-intl prints for a missing message). */
export const messageKeys = leaves(en).map(([path]) => path);

const literals = (tree: Tree) =>
  leaves(tree)
    .filter(([, value]) => !/,\s*(plural|select)/.test(value))
    .flatMap(([, value]) => value.split(/\{[^}]*\}/))
    .map((part) =>
      part
        .replace(/[.:…,;()“”"'·—–-]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );

// Words the other languages use as they are (product and format names), never a sign of English.
const shared = new Set([...literals(ru), ...literals(uz)].flatMap((part) => part.split(' ')));

/**
 * Literal English phrases of the message file that a page in another language must not show: the
 * text between placeholders (plural and select forms left out), whole phrases of two words or
 * more, and single words of five letters or more that no other language shares.
 */
export const englishPhrases = [
  ...new Set(
    literals(en).filter(
      (part) =>
        (/^[A-Za-z]+( [A-Za-z']+)+$/.test(part) && part.length >= 8) ||
        (/^[A-Za-z]{5,}$/.test(part) && !shared.has(part)),
    ),
  ),
];

/** The visible text of a page, with the select options a person can read too. */
export async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

export async function expectNoEnglish(page: Page, where: string, data: readonly string[]) {
  let text = await screenText(page);
  // Names from the configuration and the simulator are data, not interface.
  for (const name of data) text = text.split(name).join(' ');
  const phrases = englishPhrases.filter((phrase) =>
    new RegExp(`(^|[^\\p{L}])${phrase}($|[^\\p{L}])`, 'u').test(text),
  );
  const keys = messageKeys.filter((key) => key.includes('.') && text.includes(key));
  expect({ where, phrases, keys }).toEqual({ where, phrases: [], keys: [] });
}

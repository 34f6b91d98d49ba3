import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2e } from './env';

// Every secret the e2e configuration holds (see e2e/callboard.e2e.yaml).
const secrets = [
  e2e.simPassword,
  'e2e-only-session-secret-0123456789',
  e2e.admin.password,
  'e2e-operator-pass',
  e2e.apiToken,
  e2e.adminToken,
  'e2e-oidc-client-secret',
];

/** Values for dynamic route segments; a new one must be added here, or the test fails. */
const segmentValues: Record<string, string> = { id: 'hq', board: 'hq' };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every page route of the app, with its dynamic segments filled in. */
function pageRoutes(): string[] {
  return files('app')
    .filter((file) => /page\.tsx$/.test(file))
    .map((file) => {
      const segments = relative('app', file).split(sep).slice(0, -1);
      const path = segments
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .map((segment) => {
          const dynamic = /^\[(\w+)\]$/.exec(segment)?.[1];
          if (!dynamic) return segment;
          const value = segmentValues[dynamic];
          if (!value) throw new Error(`no test value for the route segment [${dynamic}]`);
          return value;
        });
      return `/${path.join('/')}`;
    });
}

test('no configured secret is in the built browser code', () => {
  const built = files('.next/static');
  expect(built.length).toBeGreaterThan(10);
  const hits = built.flatMap((file) => {
    const text = readFileSync(file, 'latin1');
    return secrets.filter((secret) => text.includes(secret)).map((secret) => `${file}: ${secret}`);
  });
  expect(hits).toEqual([]);
});

test('no configured secret is in any page as a signed-in admin sees it', async ({ page }) => {
  const routes = pageRoutes();
  expect(routes).toContain('/');
  for (const route of routes) {
    const response = await page.goto(route);
    expect(response?.status(), route).toBeLessThan(500);
    const served = (await response?.text()) ?? '';
    // Live pages never go network-idle (SSE): wait for the first client render instead.
    await page.waitForLoadState('load');
    await page.locator('main').first().waitFor();
    const html = `${served}\n${await page.content()}`;
    for (const secret of secrets) expect(html.includes(secret), `${route}: ${secret}`).toBe(false);
  }
});

import { expect, test } from '@playwright/test';
import { e2e } from './env';

const routes = [
  '/api/v1/sources',
  '/api/v1/sources/hq/queues/live',
  '/api/v1/sources/no-such-source/queues/live',
  '/api/v1/no/such/route',
];

test.describe('without a session', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  for (const route of routes) {
    test(`${route} answers 401 JSON`, async ({ request }) => {
      const response = await request.get(route);
      expect(response.status()).toBe(401);
      expect(response.headers()['content-type']).toContain('application/json');
      expect(await response.json()).toEqual({
        error: { code: 'unauthorized', message: expect.any(String) },
      });
    });
  }

  test('a wrong API token is refused like no token', async ({ request }) => {
    const response = await request.get('/api/v1/sources', {
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(response.status()).toBe(401);
  });

  test('/ sends the browser to sign in', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: 'Sign in to Callboard' })).toBeVisible();
  });

  test('a wrong password is refused with a message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('/api/health needs no sign-in', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

test.describe('with an API token', () => {
  test.use({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { authorization: `Bearer ${e2e.apiToken}` },
  });

  test('lists the sources with capabilities and health, and no secret', async ({ request }) => {
    const response = await request.get('/api/v1/sources');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(e2e.simPassword);
    expect(JSON.parse(text)).toEqual({
      sources: [
        {
          id: 'hq',
          name: 'HQ call center',
          kind: 'asternic',
          timezone: 'Asia/Tashkent',
          refreshSeconds: 5,
          // The day's start and service-level thresholds the pages label their KPIs with.
          businessDayStart: '00:00',
          serviceLevelSeconds: 20,
          queueServiceLevelSeconds: {},
          capabilities: {
            summary: true,
            series: ['hour', 'day', 'month'],
            agents: true,
            externalNumbers: true,
            liveQueues: true,
            filters: ['queue', 'agent', 'externalNumber'],
          },
          health: {
            status: 'ok',
            lastSuccessAt: expect.stringMatching(/\+05:00$/),
            lastError: null,
          },
        },
      ],
    });
  });

  test('returns live queues in the contract shape', async ({ request }) => {
    const response = await request.get('/api/v1/sources/hq/queues/live');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ source: 'hq', stale: false });
    expect(body.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/);
    expect(body.queues.length).toBeGreaterThan(0);
    for (const queue of body.queues) {
      expect(Object.keys(queue).sort()).toEqual(
        ['agents', 'id', 'longestWaitSeconds', 'name', 'today', 'waiting'].sort(),
      );
    }
  });

  test('an unknown source is a JSON 404', async ({ request }) => {
    const response = await request.get('/api/v1/sources/nope/queues/live');
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });
});

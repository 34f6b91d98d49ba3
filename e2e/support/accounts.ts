import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { appUrl, e2e } from '../env';

/** API calls as the configuration file's admin token (creates users, tokens and rules). */
export async function adminApi(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: appUrl,
    extraHTTPHeaders: { authorization: `Bearer ${e2e.adminToken}` },
  });
}

export async function createUser(
  admin: APIRequestContext,
  username: string,
  password: string,
  role: string,
): Promise<string> {
  const response = await admin.post('/api/v1/admin/users', {
    data: { username, password, role },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { user: { id: string } }).user.id;
}

export async function createToken(
  admin: APIRequestContext,
  name: string,
  role: string,
  sources: string[] | null,
): Promise<string> {
  const response = await admin.post('/api/v1/admin/tokens', { data: { name, role, sources } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

export async function setVisibility(
  admin: APIRequestContext,
  subjectType: 'role' | 'user',
  subject: string,
  sources: Record<string, string[] | null> | null,
) {
  const response = await admin.put('/api/v1/admin/visibility', {
    data: { subjectType, subject, sources },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A request context signed in through next-auth's credentials endpoint, as the login form does. */
export async function signedInApi(username: string, password: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: appUrl });
  const csrf = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await context.post('/api/auth/callback/credentials', {
    form: { csrfToken: csrf.csrfToken, username, password, callbackUrl: '/', json: 'true' },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${username}`).toBeLessThan(400);
  const cookies = (await context.storageState()).cookies.map((c) => c.name);
  expect(cookies, `session cookie of ${username}`).toContain('next-auth.session-token');
  return context;
}

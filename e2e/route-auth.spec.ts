import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { appUrl } from './env';

test.use({ storageState: { cookies: [], origins: [] } });

/** Routes anyone may call: the load balancer's health check and next-auth's own sign-in routes. */
const publicRoutes = new Set(['health', 'auth/[...nextauth]']);
/** A value for each dynamic segment; a new segment must be added here, or the test fails. */
const segmentValues: Record<string, string> = {
  id: 'hq',
  '...rest': 'anything',
  '...nextauth': 'session',
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === 'route.ts' ? [path] : [];
  });
}

/** Every route under app/api with the methods its file exports. */
function apiRoutes(): { route: string; path: string; methods: string[] }[] {
  return routeFiles(join('app', 'api')).map((file) => {
    const route = relative(join('app', 'api'), file).split(sep).slice(0, -1).join('/');
    const path = route
      .split('/')
      .map((segment) => {
        const dynamic = /^\[(.+)\]$/.exec(segment)?.[1];
        if (!dynamic) return segment;
        const value = segmentValues[dynamic];
        if (!value) throw new Error(`no test value for the route segment [${dynamic}]`);
        return value;
      })
      .join('/');
    const source = readFileSync(file, 'utf8');
    const methods = [
      ...source.matchAll(
        /(?:export (?:const|async function|function) |as )(GET|POST|PUT|PATCH|DELETE)\b/g,
      ),
    ]
      .map((match) => match[1] ?? '')
      .filter(Boolean);
    return { route, path: `/api/${path}`, methods: [...new Set(methods)] };
  });
}

async function call(request: APIRequestContext, method: string, path: string, headers = {}) {
  const response = await request.fetch(`${appUrl}${path}`, {
    method,
    headers,
    data: method === 'GET' ? undefined : '{}',
    maxRedirects: 0,
  });
  return response.status();
}

/** A next-auth session cookie for admin that expired a minute ago, signed with the real secret. */
async function expiredSession(): Promise<string> {
  const token = await encode({
    token: { name: 'admin', role: 'admin', sub: 'admin' },
    secret: 'e2e-only-session-secret-0123456789',
    maxAge: -60,
  });
  return `next-auth.session-token=${token}`;
}

const protectedRoutes = apiRoutes().filter(({ route }) => !publicRoutes.has(route));

test('the route list is complete: every API route file is checked', () => {
  const all = apiRoutes().map(({ route }) => route);
  expect(all).toContain('v1/sources/[id]/summary');
  expect(protectedRoutes.length).toBe(all.length - publicRoutes.size);
  for (const { route, methods } of apiRoutes()) expect(methods.length, route).toBeGreaterThan(0);
});

test('every protected route answers 401 without credentials, with a forged subrequest header and with an expired session', async ({
  request,
}) => {
  const expired = await expiredSession();
  const failures: string[] = [];
  for (const { path, methods } of protectedRoutes) {
    for (const method of methods) {
      for (const [what, headers] of [
        ['no credentials', {}],
        [
          'forged x-middleware-subrequest',
          { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
        ],
        ['expired session', { cookie: expired }],
        ['malformed bearer token', { authorization: 'Bearer ../../etc/passwd' }],
      ] as const) {
        const status = await call(request, method, path, headers);
        if (status !== 401) failures.push(`${method} ${path} (${what}) → ${status}`);
      }
    }
  }
  expect(failures).toEqual([]);
});

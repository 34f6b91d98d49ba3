import { parseConfigText } from '@/lib/config/load-config';
import { resolveSources } from '@/lib/config/resolve-sources';
import { createProvider } from '@/lib/providers/registry';
import type { AppContext } from '@/lib/server/app-context';
import { SourceRuntime } from '@/lib/server/sources/source-runtime';

export const apiToken = 'integration-token-0123456789';
export const simPassword = 'integration-sim-secret-42';

/**
 * The app's server side wired to a simulator, as `next start` wires it, but with a short refresh
 * period (below the 5 s the config allows for Asternic) so fault tests run in seconds.
 */
export function installAppContext(simUrl: string, refreshSeconds: number): AppContext {
  const config = parseConfigText(
    `
timezone: Asia/Tashkent
sources:
  - id: hq
    kind: asternic
    baseUrl: ${simUrl}/asternic/stats
    username: wallboard
    password: ${simPassword}
auth:
  secret: integration-session-secret
  users: [{ username: admin, password: admin-pass, role: admin }]
  apiTokens: [{ name: tests, token: ${apiToken}, role: manager }]
`,
    'integration.yaml',
    {},
  );
  const sources = new Map(
    resolveSources(config).map((source) => {
      const fast = { ...source, refreshSeconds };
      return [source.id, new SourceRuntime(fast, createProvider(fast))];
    }),
  );
  const app: AppContext = { config, sources };
  Object.assign(globalThis, { [Symbol.for('callboard.appContext')]: app });
  return app;
}

export function uninstallAppContext(app: AppContext): void {
  for (const runtime of app.sources.values()) runtime.live?.close();
  Object.assign(globalThis, { [Symbol.for('callboard.appContext')]: undefined });
}

/** Calls a route handler the way Next.js does, with the API token. */
export async function callRoute<P>(
  handler: (request: Request, route: { params: Promise<P> }) => Promise<Response>,
  path: string,
  params: P,
): Promise<{ status: number; body: unknown; text: string; ms: number }> {
  const started = performance.now();
  const response = await handler(
    new Request(`http://127.0.0.1${path}`, { headers: { authorization: `Bearer ${apiToken}` } }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as unknown,
    ms: performance.now() - started,
  };
}

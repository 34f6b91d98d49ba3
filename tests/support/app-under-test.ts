import { FanoutHub } from '@/lib/server/live/fanout/fanout-hub';
import { StreamRegistry } from '@/lib/server/live/stream-registry';
import { parseConfigText } from '@/lib/config/load-config';
import { resolveSources } from '@/lib/config/resolve-sources';
import type { ResolvedSource } from '@/lib/config/schema';
import { createProvider, defaultRefreshSeconds } from '@/lib/providers/registry';
import type { AppContext } from '@/lib/server/app-context';
import { SourceRuntime } from '@/lib/server/sources/source-runtime';

export const apiToken = 'integration-token-0123456789';
export const simPassword = 'integration-sim-secret-42';

/** The YAML `sources:` entry of an Asternic source on the simulator at `simUrl`. */
export function asternicSourceYaml(simUrl: string): string {
  return `
  - id: hq
    kind: asternic
    baseUrl: ${simUrl}/asternic/stats
    username: wallboard
    password: ${simPassword}`;
}

/**
 * The app's server side wired to simulators, as `next start` wires it. `sourcesYaml` is the body
 * of `sources:`; `adjust` may change a resolved source (e.g. a refresh period below the minimum
 * the file allows, so fault tests run in seconds).
 */
export function installAppContext(
  sourcesYaml: string,
  adjust: (source: ResolvedSource) => ResolvedSource = (source) => source,
): AppContext {
  const config = parseConfigText(
    `
timezone: Asia/Tashkent
sources:${sourcesYaml}
auth:
  secret: integration-session-secret
  users: [{ username: admin, password: admin-pass, role: admin }]
  apiTokens: [{ name: tests, token: ${apiToken}, role: manager }]
`,
    'integration.yaml',
    {},
  );
  const sources = new Map(
    resolveSources(config, defaultRefreshSeconds).map((resolved) => {
      const source = adjust(resolved);
      return [source.id, new SourceRuntime(source, createProvider(source))];
    }),
  );
  const app: AppContext = {
    config,
    sources,
    streams: new StreamRegistry(),
    fanout: new FanoutHub(),
  };
  Object.assign(globalThis, { [Symbol.for('callboard.appContext')]: app });
  return app;
}

export function uninstallAppContext(app: AppContext): void {
  for (const runtime of app.sources.values()) void runtime.live?.close();
  Object.assign(globalThis, { [Symbol.for('callboard.appContext')]: undefined });
}

type RouteHandler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler the way Next.js does, with the API token. */
export async function callRoute<P>(
  handler: RouteHandler<P>,
  path: string,
  params: P,
): Promise<{ status: number; body: unknown; text: string; ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
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
    // The work the request cost this process (user + system), which a busy machine does not inflate.
    cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpuStarted)),
  };
}

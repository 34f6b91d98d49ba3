import 'server-only';
import { defaultConfigPath, loadConfigFile } from '@/lib/config/load-config';
import { applyBenchRefresh, benchRefreshVariable } from '@/lib/config/bench-refresh';
import { resolveSources } from '@/lib/config/resolve-sources';
import type { CallboardConfig } from '@/lib/config/schema';
import { createProvider, defaultRefreshSeconds } from '@/lib/providers/registry';
import { registerAccountStore } from './account-store';
import { FanoutHub } from './live/fanout/fanout-hub';
import { StreamRegistry, streamLimitsFromEnv } from './live/stream-registry';
import { configSecrets, registerSecret, urlSecrets } from './secrets';
import { SourceRuntime } from './sources/source-runtime';

/** Everything the server builds once from the configuration file. */
export interface AppContext {
  config: CallboardConfig;
  sources: Map<string, SourceRuntime>;
  /** Open live streams, limited per caller and in total, closed at shutdown. */
  streams: StreamRegistry;
  /** Live streams served on node:http by server.mjs (route handlers' streams are not in it). */
  fanout: FanoutHub;
}

// Whoever reads the app context may ask who is calling, which reads accounts from the database.
registerAccountStore();

// Route handlers may be bundled apart; globalThis keeps one context (and one cache) per process.
const globalKey = Symbol.for('callboard.appContext');
type GlobalWithContext = typeof globalThis & { [globalKey]?: AppContext };

export function configPath(): string {
  return process.env.CALLBOARD_CONFIG || defaultConfigPath;
}

/** Loads and validates the configuration; throws ConfigError listing every problem. */
export function buildAppContext(file = configPath()): AppContext {
  const config = loadConfigFile(file);
  const secrets = [
    ...configSecrets(config),
    ...urlSecrets(process.env.REDIS_URL),
    ...urlSecrets(process.env.DATABASE_URL),
    process.env.OIDC_CLIENT_SECRET ?? '',
  ];
  for (const secret of secrets) registerSecret(secret);
  const streams = new StreamRegistry(streamLimitsFromEnv(process.env));
  const resolved = applyBenchRefresh(
    resolveSources(config, defaultRefreshSeconds),
    process.env[benchRefreshVariable],
  );
  const sources = new Map(
    resolved.map((source) => [source.id, new SourceRuntime(source, createProvider(source))]),
  );
  return { config, sources, streams, fanout: new FanoutHub() };
}

export function getAppContext(): AppContext {
  const store = globalThis as GlobalWithContext;
  store[globalKey] ??= buildAppContext();
  return store[globalKey];
}

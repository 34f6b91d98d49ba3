import 'server-only';
import { ConfigError } from '@/lib/config/config-error';
import type { Coordinator } from '@/lib/server/live/coordinator';
import { RedisCoordinator } from './redis-coordinator';

// Route handlers may be bundled apart; globalThis keeps one pair of connections per process.
const globalKey = Symbol.for('callboard.coordinator');
type GlobalWithCoordinator = typeof globalThis & { [globalKey]?: RedisCoordinator };

/** The process's coordinator when `REDIS_URL` is set; without it each process polls alone. */
export function getCoordinator(
  env: Record<string, string | undefined> = process.env,
): Coordinator | undefined {
  const url = env.REDIS_URL?.trim();
  if (!url) return undefined;
  const store = globalThis as GlobalWithCoordinator;
  if (!store[globalKey]) {
    checkRedisUrl(url);
    // A name for this instance in the locks it holds; random (and so unique) by default.
    const instanceId = env.CALLBOARD_INSTANCE_ID?.trim() || undefined;
    // Two deployments sharing one Redis keep apart by their prefix.
    const prefix = redisPrefix(env.CALLBOARD_REDIS_PREFIX);
    store[globalKey] = new RedisCoordinator({
      url,
      prefix,
      ...(instanceId ? { instanceId } : {}),
    });
  }
  return store[globalKey];
}

/** Closes the process's Redis connections, if any were opened. */
export async function closeCoordinator(): Promise<void> {
  const store = globalThis as GlobalWithCoordinator;
  const coordinator = store[globalKey];
  store[globalKey] = undefined;
  await coordinator?.quit();
}

/** A mistyped URL stops start-up with a message that does not repeat it (it may hold a password). */
function checkRedisUrl(url: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Reported below.
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new ConfigError('(environment)', [
      { path: 'REDIS_URL', message: 'expected redis://[:password@]host[:port][/db] or rediss://…' },
    ]);
  }
}

/** `CALLBOARD_REDIS_PREFIX`, default `callboard`: letters, digits, `_`, `-`, `.`, `:`. */
export function redisPrefix(value: string | undefined): string {
  const prefix = value?.trim() || 'callboard';
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(prefix)) {
    throw new ConfigError('(environment)', [
      {
        path: 'CALLBOARD_REDIS_PREFIX',
        message: 'expected 1 to 64 letters, digits, "_", "-", "." or ":"',
      },
    ]);
  }
  return prefix;
}

import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import type { CoordinatedKey, Coordinator, JoinOptions } from '@/lib/server/live/coordinator';
import { RedisKey } from './redis-key';

export interface CoordinatorLogEntry {
  level: 'warn' | 'info';
  message: string;
  /** A system error code such as ECONNREFUSED; never the URL, which may hold a password. */
  code?: string;
}

export interface RedisCoordinatorOptions {
  url: string;
  /** Names the lock holder; random per process by default. */
  instanceId?: string;
  /** Prefix of every key and channel. */
  prefix?: string;
  /** Longest wait between reconnection attempts. */
  reconnectMaxMs?: number;
  /** A command that takes longer counts as Redis failing (the instance then polls locally). */
  commandTimeoutMs?: number;
  log?: (entry: CoordinatorLogEntry) => void;
}

type Handler = (message: string) => void;

/**
 * Coordinates instances through one Redis: a lock per key names the polling instance, a state key
 * holds its last result, and pub/sub pushes each result to the others. Redis failing only makes
 * each instance poll alone until it is back; nothing here throws into the caller.
 */
export class RedisCoordinator implements Coordinator {
  readonly instanceId: string;
  readonly prefix: string;
  private readonly commands: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly log: (entry: CoordinatorLogEntry) => void;
  private connecting: Promise<void> | undefined;
  private degraded = false;
  private closed = false;

  constructor(options: RedisCoordinatorOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.prefix = options.prefix ?? 'callboard';
    this.log = options.log ?? writeLog;
    const reconnectMaxMs = options.reconnectMaxMs ?? 5000;
    // No offline queue: while disconnected a command fails at once and the caller polls locally.
    const common: RedisOptions = {
      lazyConnect: true,
      enableOfflineQueue: false,
      connectTimeout: 3000,
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 10), reconnectMaxMs),
    };
    this.commands = new Redis(options.url, {
      ...common,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 1000,
    });
    this.subscriber = new Redis(options.url, { ...common, autoResubscribe: false });
    for (const connection of [this.commands, this.subscriber]) {
      connection.on('error', (error: unknown) => this.failed(error));
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
    // Subscriptions are (re)made on every ready, so a reconnect restores them all.
    this.subscriber.on('ready', () => {
      const channels = [...this.handlers.keys()];
      if (channels.length > 0) this.subscriber.subscribe(...channels).catch(() => undefined);
    });
  }

  join<T>(key: string, options: JoinOptions<T>): CoordinatedKey<T> {
    return new RedisKey<T>(this, `${this.prefix}:${key}`, options);
  }

  /** Runs commands on the shared connection; undefined when Redis is unreachable or failing. */
  async run<R>(operation: (redis: Redis) => Promise<R>): Promise<R | undefined> {
    if (this.closed) return undefined;
    // Concurrent first callers all wait for the one lazy connection attempt.
    if (this.commands.status === 'wait') {
      this.connecting = this.commands.connect().catch(() => undefined);
    }
    await this.connecting;
    if (this.commands.status !== 'ready') {
      this.failed(undefined);
      return undefined;
    }
    try {
      const result = await operation(this.commands);
      this.recovered();
      return result;
    } catch (error) {
      this.failed(error);
      return undefined;
    }
  }

  listen(channel: string, handler: Handler): void {
    const set = this.handlers.get(channel) ?? new Set<Handler>();
    const first = set.size === 0;
    set.add(handler);
    this.handlers.set(channel, set);
    if (this.subscriber.status === 'wait') this.subscriber.connect().catch(() => undefined);
    else if (first && this.subscriber.status === 'ready') {
      this.subscriber.subscribe(channel).catch(() => undefined);
    }
  }

  unlisten(channel: string, handler: Handler): void {
    const set = this.handlers.get(channel);
    if (!set?.delete(handler) || set.size > 0) return;
    this.handlers.delete(channel);
    if (this.subscriber.status === 'ready') {
      this.subscriber.unsubscribe(channel).catch(() => undefined);
    }
  }

  /** Whether commands can be sent right now (for tests and diagnostics). */
  get isReady(): boolean {
    return this.commands.status === 'ready' && this.subscriber.status === 'ready';
  }

  /** Closes gracefully, after pending replies. Locks still held lapse after their TTL. */
  async quit(): Promise<void> {
    this.closed = true;
    // QUIT on a connection that is not up would first (re)connect it just to close it.
    const close = (connection: Redis) =>
      connection.status === 'ready' ? connection.quit() : Promise.resolve(connection.disconnect());
    await Promise.allSettled([close(this.commands), close(this.subscriber)]);
  }

  /** Drops both connections at once, as a crash would: nothing is released. */
  disconnect(): void {
    this.closed = true;
    this.commands.disconnect();
    this.subscriber.disconnect();
  }

  private failed(error: unknown): void {
    if (this.degraded || this.closed) return;
    this.degraded = true;
    const code = errorCode(error);
    this.log({
      level: 'warn',
      message: 'Redis unavailable: each instance polls its sources alone until it returns',
      ...(code ? { code } : {}),
    });
  }

  private recovered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.log({ level: 'info', message: 'Redis reachable again: sources are polled once for all' });
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && /^[A-Z_]{2,32}$/.test(code) ? code : undefined;
}

function writeLog(entry: CoordinatorLogEntry): void {
  const line = { ...entry, area: 'redis', at: new Date().toISOString() };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

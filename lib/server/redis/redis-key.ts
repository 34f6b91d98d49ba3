import type { CoordinatedKey, JoinOptions, Role, SharedState } from '@/lib/server/live/coordinator';
import { parseSharedState } from '@/lib/server/live/shared-state';
import { releaseScript, renewScript, shareScript } from './lua-scripts';
import type { RedisCoordinator } from './redis-coordinator';

const releasedMessage = JSON.stringify({ released: true });

/** The shared state outlives its writer long enough for a restarted instance to show it. */
const stateTtlMs = (periodMs: number) => Math.max(60_000, 20 * periodMs);

/** One key in Redis: `<base>:lock`, `<base>:state` (JSON) and the channel `<base>:updates`. */
export class RedisKey<T> implements CoordinatedKey<T> {
  private readonly lockKey: string;
  private readonly stateKey: string;
  private readonly channel: string;
  private readonly handler = (message: string) => this.onMessage(message);

  constructor(
    private readonly coordinator: RedisCoordinator,
    base: string,
    private readonly options: JoinOptions<T>,
  ) {
    this.lockKey = `${base}:lock`;
    this.stateKey = `${base}:state`;
    this.channel = `${base}:updates`;
    coordinator.listen(this.channel, this.handler);
  }

  async claim(): Promise<Role> {
    const { instanceId } = this.coordinator;
    const ttl = this.options.lockTtlMs;
    const leads = await this.coordinator.run(async (redis) => {
      if ((await redis.eval(renewScript, 1, this.lockKey, instanceId, ttl)) === 1) return true;
      return (await redis.set(this.lockKey, instanceId, 'PX', ttl, 'NX')) === 'OK';
    });
    return leads === undefined ? 'local' : leads ? 'leader' : 'follower';
  }

  async share(state: SharedState<T>): Promise<Role> {
    const { instanceId } = this.coordinator;
    const json = JSON.stringify(state);
    const ttl = stateTtlMs(this.options.periodMs);
    const shared = await this.coordinator.run((redis) =>
      redis.eval(shareScript, 2, this.lockKey, this.stateKey, instanceId, json, ttl, this.channel),
    );
    return shared === undefined ? 'local' : shared === 1 ? 'leader' : 'follower';
  }

  async fetch(): Promise<SharedState<T> | undefined> {
    const text = await this.coordinator.run((redis) => redis.get(this.stateKey));
    return typeof text === 'string' ? this.parseState(parseJson(text)) : undefined;
  }

  async leave(): Promise<void> {
    this.coordinator.unlisten(this.channel, this.handler);
    const { instanceId } = this.coordinator;
    await this.coordinator.run((redis) =>
      redis.eval(releaseScript, 1, this.lockKey, instanceId, this.channel, releasedMessage),
    );
  }

  private onMessage(message: string): void {
    const data = parseJson(message);
    if (isReleased(data)) {
      this.options.onReleased();
      return;
    }
    const state = this.parseState(data);
    if (state) this.options.onShared(state);
  }

  /** The envelope and, where the owner can check it, the value: Redis is outside our process. */
  private parseState(data: unknown): SharedState<T> | undefined {
    const state = parseSharedState<T>(data);
    if (!state) return undefined;
    const { isValue } = this.options;
    if (state.value !== undefined && isValue && !isValue(state.value)) return undefined;
    return state;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isReleased(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'released' in data && data.released === true;
}

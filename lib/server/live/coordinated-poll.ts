import type { CoordinatedKey, Coordinator, Role, SharedState } from './coordinator';
import type { RefreshCache } from './refresh-cache';
import { fromSharedState, toSharedState } from './shared-state';

export interface CoordinationOptions {
  coordinator: Coordinator;
  /** Names the polled thing across instances, e.g. `<sourceId>:queues-live`. */
  key: string;
  /** Default 2.5 periods: renewed every period, so only a dead holder lets it lapse. */
  lockTtlMs?: number;
  /** Checks a value another instance shared; one that fails is ignored, never shown. */
  isValue?: (value: unknown) => boolean;
}

interface PollSettings {
  periodMs: number;
  loadTimeoutMs: number;
  now: () => number;
}

interface PollHooks {
  /** The cache took a state published by another instance. */
  onChange: () => void;
  /** Another instance gave up the lead: worth claiming it now rather than next period. */
  onReleased: () => void;
}

/**
 * Drives one cache under a coordinator, one step per period: the leader loads and shares the
 * result, followers mirror it (pushed at once, fetched each period in case a push was missed),
 * and with the coordinator unreachable the cache is polled locally as if alone.
 */
export class CoordinatedPoll<T> {
  private link: CoordinatedKey<T> | undefined;
  private current: Role = 'local';
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly cache: RefreshCache<T>,
    private readonly options: CoordinationOptions & PollSettings,
    private readonly hooks: PollHooks,
  ) {}

  get role(): Role {
    return this.current;
  }

  /** One period's work; resolves to how long to wait before the next step. Never rejects. */
  async step(): Promise<number> {
    const { periodMs, loadTimeoutMs, now } = this.options;
    const link = this.join();
    const role = await link.claim();
    const was = this.current;
    this.current = role;
    if (role === 'follower') {
      await this.catchUp(link);
      // The leader's first load may still be running: wait for its result, as a reader would.
      if (!this.cache.hasSettled && (await this.nextShared(loadTimeoutMs)) === false) {
        await this.catchUp(link);
      }
      return periodMs;
    }
    // A new leader starts from the shared attempt time, so the upstream sees no extra request.
    if (role === 'leader' && was !== 'leader') await this.catchUp(link);
    if (this.cache.isDue()) {
      await this.cache.read();
      const state = toSharedState(this.cache.exportState());
      if (role === 'leader' && state) this.current = await link.share(state);
    }
    const untilDue = Math.max(0, this.cache.nextDueMs() - now());
    return role === 'leader' ? Math.min(untilDue, periodMs) : untilDue;
  }

  /** Gives up the lead and stops listening; the next step joins again. */
  async leave(): Promise<void> {
    const link = this.link;
    this.link = undefined;
    this.current = 'local';
    await link?.leave();
  }

  private join(): CoordinatedKey<T> {
    this.link ??= this.options.coordinator.join<T>(this.options.key, {
      periodMs: this.options.periodMs,
      lockTtlMs: this.options.lockTtlMs ?? Math.round(2.5 * this.options.periodMs),
      onShared: (state) => this.onShared(state),
      onReleased: () => this.hooks.onReleased(),
      ...(this.options.isValue ? { isValue: this.options.isValue } : {}),
    });
    return this.link;
  }

  private onShared(state: SharedState<T>): void {
    if (!this.cache.adopt(fromSharedState(state))) return;
    for (const wake of this.waiters) wake();
    this.hooks.onChange();
  }

  private async catchUp(link: CoordinatedKey<T>): Promise<void> {
    const state = await link.fetch();
    if (state) this.cache.adopt(fromSharedState(state));
  }

  /** True when a pushed state arrived within the timeout. */
  private nextShared(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (arrived: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(arrived);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.add(wake);
    });
  }
}

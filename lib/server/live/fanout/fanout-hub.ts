import { keepAliveFrame } from './sse-frames';

/** What the hub needs of a socket's response (node:http's ServerResponse has it). */
export interface FanoutTarget {
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array): void;
  destroy(): void;
  readonly writableLength: number;
}

/** Subscribes to one source's encoded snapshots: called at once with the latest, then on change. */
export type FrameSource = (listener: (frame: Uint8Array) => void) => () => void;

/** Whether a stream's caller may still read its source: a no ends the stream with `revoked`. */
export type Revalidate = () => Promise<{ allowed: true } | { allowed: false; final: Uint8Array }>;

export interface FanoutOptions {
  /** Keep-alive comment this often (rounded up to whole ticks). */
  keepAliveMs?: number;
  /** Bytes waiting for a client that stopped reading, past which its socket is dropped. */
  maxQueuedBytes?: number;
  /** Each stream's caller is checked again after a random delay in this range, then again. */
  recheckMs?: readonly [number, number];
  /** The one timer's period: keep-alives and re-checks run on its ticks. */
  tickMs?: number;
  now?: () => number;
  random?: () => number;
}

interface Client {
  readonly target: FanoutTarget;
  readonly group: Group;
  /** Streams presenting the same credentials for the same source share one check per round. */
  readonly checkKey: string;
  readonly revalidate: Revalidate;
  readonly onClose: () => void;
  recheckAtMs: number;
  open: boolean;
}

interface Group {
  readonly key: string;
  readonly clients: Set<Client>;
  unsubscribe?: () => void;
  latest?: Uint8Array;
}

export interface FanoutStream {
  /** Ends the stream (shutdown, revoked caller): `final` is written first when given. */
  close(final?: Uint8Array): void;
  /** Forgets a stream whose socket has closed (the client went away). */
  detach(): void;
}

/**
 * Live streams served straight on node:http sockets: one subscription per source however many
 * streams watch it, one encoded buffer per snapshot written to every socket (the socket queues a
 * reference, never a copy), and one timer for every stream's keep-alive and caller re-check.
 * A stream costs a socket, its response and one small record here; a reader that falls more than
 * `maxQueuedBytes` behind is dropped, so nothing accumulates for it.
 */
export class FanoutHub {
  private readonly groups = new Map<string, Group>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private count = 0;
  private tickCount = 0;
  private readonly keepAliveTicks: number;
  private readonly maxQueuedBytes: number;
  private readonly recheckMs: readonly [number, number];
  private readonly tickMs: number;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(options: FanoutOptions = {}) {
    this.tickMs = options.tickMs ?? 5_000;
    this.keepAliveTicks = Math.max(1, Math.ceil((options.keepAliveMs ?? 15_000) / this.tickMs));
    this.maxQueuedBytes = options.maxQueuedBytes ?? 1 << 20;
    this.recheckMs = options.recheckMs ?? [30_000, 60_000];
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** Open streams, all sources together. */
  get openCount(): number {
    return this.count;
  }

  /** Open streams of one source. */
  streamsOf(key: string): number {
    return this.groups.get(key)?.clients.size ?? 0;
  }

  /** Whether the shared timer runs (only while some stream is open). */
  get timerActive(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Adds a stream of `key` (a source id) whose response headers are already written; it gets the
   * latest snapshot at once. `onClose` runs once when the stream ends for any reason.
   */
  add(
    key: string,
    source: FrameSource,
    stream: { target: FanoutTarget; checkKey: string; revalidate: Revalidate; onClose: () => void },
  ): FanoutStream {
    let group = this.groups.get(key);
    if (!group) {
      group = { key, clients: new Set() };
      this.groups.set(key, group);
    }
    const client: Client = {
      ...stream,
      group,
      recheckAtMs: this.nextCheckMs(),
      open: true,
    };
    group.clients.add(client);
    this.count += 1;
    this.timer ??= setInterval(() => this.tick(), this.tickMs);
    if (group.unsubscribe) {
      if (group.latest) this.send(client, group.latest);
    } else {
      const subscribed = group;
      // The first call (the current snapshot) comes synchronously, before unsubscribe is set.
      group.unsubscribe = source((frame) => this.publish(subscribed, frame));
      if (subscribed.clients.size === 0) this.unsubscribe(subscribed);
    }
    return { close: (final) => this.close(client, final), detach: () => this.detach(client) };
  }

  /** Ends every stream (shutdown). */
  closeAll(): void {
    for (const group of [...this.groups.values()]) {
      for (const client of [...group.clients]) this.close(client);
    }
  }

  private publish(group: Group, frame: Uint8Array): void {
    group.latest = frame;
    for (const client of group.clients) this.send(client, frame);
  }

  private send(client: Client, frame: Uint8Array): void {
    if (!client.open) return;
    if (client.target.writableLength > this.maxQueuedBytes) {
      // Destroyed rather than ended: ending would keep its backlog until it read it.
      this.detach(client);
      client.target.destroy();
      return;
    }
    client.target.write(frame);
  }

  private close(client: Client, final?: Uint8Array): void {
    if (!client.open) return;
    this.detach(client);
    client.target.end(final);
  }

  private detach(client: Client): void {
    if (!client.open) return;
    client.open = false;
    const { group } = client;
    group.clients.delete(client);
    this.count -= 1;
    if (group.clients.size === 0) this.unsubscribe(group);
    if (this.count === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    client.onClose();
  }

  private unsubscribe(group: Group): void {
    group.unsubscribe?.();
    group.unsubscribe = undefined;
    group.latest = undefined;
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
  }

  private nextCheckMs(): number {
    const [min, max] = this.recheckMs;
    return this.now() + min + this.random() * (max - min);
  }

  private tick(): void {
    this.tickCount += 1;
    const keepAlive = this.tickCount % this.keepAliveTicks === 0;
    const now = this.now();
    const round = new Map<string, ReturnType<Revalidate>>();
    for (const group of this.groups.values()) {
      for (const client of group.clients) {
        if (keepAlive) this.send(client, keepAliveFrame);
        if (client.open && client.recheckAtMs <= now) this.recheck(client, round);
      }
    }
  }

  private recheck(client: Client, round: Map<string, ReturnType<Revalidate>>): void {
    client.recheckAtMs = this.nextCheckMs();
    const key = `${client.group.key}\u0000${client.checkKey}`;
    let verdict = round.get(key);
    if (!verdict) {
      verdict = client.revalidate();
      round.set(key, verdict);
    }
    verdict.then(
      (result) => {
        if (!result.allowed) this.close(client, result.final);
      },
      // A failed check (the database briefly unreachable) keeps the stream: it is asked again
      // next round rather than dropping every screen at once.
      () => undefined,
    );
  }
}

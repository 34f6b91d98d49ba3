/** A failure as instances share it: the kind and the (already secret-free) message. */
export interface SharedError {
  /** An `UpstreamErrorKind`, or `internal` for anything that was not an upstream error. */
  kind: string;
  message: string;
  retryAfterSeconds?: number;
}

/** One key's state as the polling instance writes it for the others; plain JSON. */
export interface SharedState<T> {
  value?: T;
  /** When the leader fetched `value` (the leader's clock, not the reader's). */
  fetchedAtMs?: number;
  lastAttemptMs: number;
  failures: number;
  error?: SharedError;
  /** No load before this instant (a 429's Retry-After), so a new leader honours it too. */
  notBeforeMs?: number;
}

/**
 * What this instance may do with a key for the coming period: `leader` polls the upstream and
 * shares the result, `follower` only mirrors the leader, `local` polls alone (no coordination
 * reachable, so a screen is never left blank).
 */
export type Role = 'leader' | 'follower' | 'local';

export interface JoinOptions<T> {
  periodMs: number;
  /** How long the lead outlives its holder's last renewal; a dead holder is replaced after it. */
  lockTtlMs: number;
  /** Called with each state another instance publishes (fan-out). */
  onShared: (state: SharedState<T>) => void;
  /** Called when a holder gives up the lead, so a follower can take it at once. */
  onReleased: () => void;
  /** Checks a shared value read from outside the process (another version may have written it). */
  isValue?: (value: unknown) => boolean;
}

/** One key as seen by one instance. None of these methods throws or rejects. */
export interface CoordinatedKey<T> {
  /** Takes the lead when it is free, renews it when this instance holds it. */
  claim(): Promise<Role>;
  /** Writes and publishes the state if this instance still leads; says the role it turned out to have. */
  share(state: SharedState<T>): Promise<Role>;
  /** The last shared state; undefined when there is none or it cannot be read. */
  fetch(): Promise<SharedState<T> | undefined>;
  /** Gives up the lead (if held) and stops listening. */
  leave(): Promise<void>;
}

/** Shares polling between instances; with none configured each process polls alone. */
export interface Coordinator {
  join<T>(key: string, options: JoinOptions<T>): CoordinatedKey<T>;
}

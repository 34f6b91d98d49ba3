import { ConfigError } from '@/lib/config/config-error';

/** Limits on open live streams; the defaults fit a wall of TVs plus every supervisor's tabs. */
export interface StreamLimits {
  /** Open streams in this process, all callers together. */
  total: number;
  /** Open streams of one caller (a person, an API token or a display link). */
  perCaller: number;
}

export const defaultStreamLimits: StreamLimits = { total: 10_000, perCaller: 200 };

export type StreamAdmission =
  | { admitted: true; release: () => void }
  | { admitted: false; reason: 'total' | 'caller'; limit: number };

/**
 * Counts open streams per caller so that one caller (or a flood of clients) cannot hold every
 * socket and timer of the process; and closes them all at shutdown, so that the process can exit.
 */
export class StreamRegistry {
  private readonly perCaller = new Map<string, number>();
  private readonly closers = new Set<() => void>();

  constructor(private readonly limits: StreamLimits = defaultStreamLimits) {}

  get openCount(): number {
    return this.closers.size;
  }

  /** Admits one more stream of `callerKey`; `close` is called if the registry shuts it. */
  admit(callerKey: string, close: () => void): StreamAdmission {
    if (this.closers.size >= this.limits.total) {
      return { admitted: false, reason: 'total', limit: this.limits.total };
    }
    const mine = this.perCaller.get(callerKey) ?? 0;
    if (mine >= this.limits.perCaller) {
      return { admitted: false, reason: 'caller', limit: this.limits.perCaller };
    }
    this.perCaller.set(callerKey, mine + 1);
    this.closers.add(close);
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        this.closers.delete(close);
        const left = (this.perCaller.get(callerKey) ?? 1) - 1;
        if (left > 0) this.perCaller.set(callerKey, left);
        else this.perCaller.delete(callerKey);
      },
    };
  }

  /** Ends every open stream (at shutdown: Next waits for open responses before it exits). */
  closeAll(): void {
    for (const close of [...this.closers]) close();
  }
}

/**
 * Reads CALLBOARD_SSE_MAX_STREAMS and CALLBOARD_SSE_MAX_STREAMS_PER_CALLER (whole numbers);
 * a malformed value is a ConfigError naming the variable.
 */
export function streamLimitsFromEnv(env: Record<string, string | undefined>): StreamLimits {
  return {
    total: positive(env, 'CALLBOARD_SSE_MAX_STREAMS', defaultStreamLimits.total),
    perCaller: positive(env, 'CALLBOARD_SSE_MAX_STREAMS_PER_CALLER', defaultStreamLimits.perCaller),
  };
}

function positive(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[1-9]\d{0,6}$/.test(raw)) {
    throw new ConfigError('(environment)', [
      { path: name, message: `expected a whole number from 1 to 9999999, got "${raw}"` },
    ]);
  }
  return Number(raw);
}

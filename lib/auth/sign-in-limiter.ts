/** Failed sign-ins allowed in the window before further attempts are refused. */
export interface SignInLimits {
  /** Per username, existing or not. */
  perUser: number;
  /** Per client address: higher, since a whole office may sign in from one address. */
  perAddress: number;
  windowMs: number;
}

export const defaultSignInLimits: SignInLimits = {
  perUser: 5,
  perAddress: 30,
  windowMs: 15 * 60_000,
};

export type SignInVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts failed sign-ins per client address and per username (existing or not, so a refusal says
 * nothing about who exists). Either key over the limit refuses the attempt before any password is
 * checked; a success clears the username's count. Kept in memory: each instance counts its own.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: SignInLimits = defaultSignInLimits,
    private readonly now: () => number = Date.now,
  ) {}

  check(address: string, username: string): SignInVerdict {
    const waits = [
      this.waitMs(addressKey(address), this.limits.perAddress),
      this.waitMs(userKey(username), this.limits.perUser),
    ];
    const wait = Math.max(...waits);
    return wait > 0
      ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) }
      : { allowed: true };
  }

  recordFailure(address: string, username: string): void {
    const now = this.now();
    for (const key of [addressKey(address), userKey(username)]) {
      const recent = this.recent(key);
      recent.push(now);
      this.failures.set(key, recent);
    }
    this.prune();
  }

  recordSuccess(username: string): void {
    this.failures.delete(userKey(username));
  }

  private waitMs(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    const oldestCounted = recent[recent.length - limit] ?? this.now();
    return Math.max(0, oldestCounted + this.limits.windowMs - this.now());
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  /** Drops keys whose failures all left the window, so a flood of names cannot grow the map. */
  private prune(): void {
    if (this.failures.size < 10_000) return;
    const since = this.now() - this.limits.windowMs;
    for (const [key, times] of this.failures) {
      if (!times.some((at) => at > since)) this.failures.delete(key);
    }
  }
}

const userKey = (username: string) => `user:${username.trim().toLowerCase()}`;
const addressKey = (address: string) => `ip:${address}`;

/**
 * The client's address as the first `X-Forwarded-For` hop: Next sets it from the socket when no
 * proxy did, and a reverse proxy in front sets it from the real client.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}

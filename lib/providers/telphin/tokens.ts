import type { CallContext } from '@/lib/providers/provider';
import { registerIssuedToken } from '@/lib/upstream/secrets';

export interface TelphinToken {
  accessToken: string;
  /** Seconds; absent means valid until the API answers 401 (D4). */
  expiresIn?: number;
}

/** Renew this long before `expires_in` runs out: a minute, or a tenth of a short lifetime. */
function renewMarginMs(lifetimeMs: number): number {
  return Math.min(60_000, lifetimeMs / 10);
}

/**
 * The OAuth2 access token of one provider: fetched on first use, renewed shortly before it
 * expires and once after a 401. Concurrent callers share one token request.
 */
export class TelphinTokens {
  private current: { value: string; renewAtMs: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly fetchToken: (context: CallContext) => Promise<TelphinToken>,
    private readonly now: () => number,
  ) {}

  get(context: CallContext): Promise<string> {
    if (this.current && this.now() < this.current.renewAtMs) {
      return Promise.resolve(this.current.value);
    }
    // A shared request must not die with the first caller's abort signal.
    this.pending ??= this.fetchToken({
      timeoutMs: context.timeoutMs,
      sourceId: context.sourceId,
      lane: context.lane,
      onUpstreamResult: context.onUpstreamResult,
    })
      .then((token) => {
        const lifetimeMs = token.expiresIn === undefined ? Infinity : token.expiresIn * 1000;
        const renewAtMs = this.now() + lifetimeMs - renewMarginMs(lifetimeMs);
        registerIssuedToken(token.accessToken);
        this.current = { value: token.accessToken, renewAtMs };
        return token.accessToken;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** Forgets `used` after a 401, unless another caller has already replaced it. */
  invalidate(used: string): void {
    if (this.current?.value === used) this.current = undefined;
  }
}

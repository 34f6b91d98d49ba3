import type { CallContext } from '@/lib/providers/provider';
import { registerIssuedToken } from '@/lib/upstream/secrets';

/**
 * The Bearer token of one provider. A configured token is used as is; email + password log in
 * once (UTEL tokens never expire) and again only after a 401. Concurrent callers share one login.
 */
export class UtelTokens {
  private value: string | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly login: ((context: CallContext) => Promise<string>) | undefined,
    fixedToken: string | undefined,
  ) {
    this.value = fixedToken;
  }

  /** Whether a refused token can be replaced by logging in. */
  get canRenew(): boolean {
    return this.login !== undefined;
  }

  get(context: CallContext): Promise<string> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    const login = this.login;
    if (!login) return Promise.reject(new Error('utel: no token and no credentials to log in'));
    // A shared login must not die with the first caller's abort signal.
    this.pending ??= login({
      timeoutMs: context.timeoutMs,
      sourceId: context.sourceId,
      lane: context.lane,
      onUpstreamResult: context.onUpstreamResult,
    })
      .then((token) => {
        // Masked wherever a message might repeat it (a vendor error echoing the request).
        registerIssuedToken(token);
        this.value = token;
        return token;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** Forgets `used` after a 401, unless another caller has already replaced it. */
  invalidate(used: string): void {
    if (this.value === used) this.value = undefined;
  }
}

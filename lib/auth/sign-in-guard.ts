import { clientAddress, SignInLimiter } from './sign-in-limiter';

const globalKey = Symbol.for('callboard.signInLimiter');
type GlobalWithLimiter = typeof globalThis & { [globalKey]?: SignInLimiter };

/** One limiter per process: route bundles may each load this module. */
export function signInLimiter(): SignInLimiter {
  const store = globalThis as GlobalWithLimiter;
  store[globalKey] ??= new SignInLimiter();
  return store[globalKey];
}

/** What a sign-in attempt came to, for the audit log. */
export interface SignInOutcome {
  username: string;
  address: string;
  outcome: 'success' | 'failure' | 'limited';
}

/**
 * Wraps next-auth's handler: a credentials sign-in over the limit answers 429 with Retry-After
 * before any password is checked, in the shape next-auth's client reads (`url` with `error`);
 * every other request passes straight through.
 */
export async function guardSignIn(
  request: Request,
  run: () => Promise<Response>,
  {
    limiter = signInLimiter(),
    onOutcome,
  }: { limiter?: SignInLimiter; onOutcome?: (outcome: SignInOutcome) => void } = {},
): Promise<Response> {
  const { pathname, origin } = new URL(request.url);
  if (request.method !== 'POST' || !pathname.endsWith('/callback/credentials')) return run();
  const form = await request
    .clone()
    .formData()
    .catch(() => undefined);
  const field = form?.get('username');
  const username = typeof field === 'string' ? field : '';
  const address = clientAddress(request.headers);
  const verdict = limiter.check(address, username);
  if (!verdict.allowed) {
    onOutcome?.({ username, address, outcome: 'limited' });
    const url = `${origin}/login?error=RateLimited&retryAfter=${verdict.retryAfterSeconds}`;
    return Response.json(
      { url, error: { code: 'rate_limited', message: 'too many failed sign-ins; try later' } },
      { status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds) } },
    );
  }
  const response = await run();
  const failed = response.status === 401 || (await redirectsWithError(response));
  if (failed) limiter.recordFailure(address, username);
  else if (response.status < 400) limiter.recordSuccess(username);
  onOutcome?.({ username, address, outcome: failed ? 'failure' : 'success' });
  return response;
}

async function redirectsWithError(response: Response): Promise<boolean> {
  const location = response.headers.get('location') ?? '';
  if (/[?&]error=/.test(location)) return true;
  if (!response.headers.get('content-type')?.includes('json')) return false;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  const url = typeof body === 'object' && body && 'url' in body ? body.url : undefined;
  return typeof url === 'string' && /[?&]error=/.test(url);
}

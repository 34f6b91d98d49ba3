import { randomBytes, timingSafeEqual } from 'node:crypto';
import { jsonResponse, type SimRequest, type SimResponse } from '../../http/router';

export interface TelphinCredentials {
  /** The trusted application's App ID (OAuth `client_id`). */
  clientId: string;
  clientSecret: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Bearer tokens from `client_credentials`, valid for `ttlSeconds` of simulator time. */
export interface TokenStore {
  issue(nowMs: number): string;
  /** 'ok', or why the request's token is not accepted. */
  check(req: SimRequest): 'ok' | 'missing' | 'invalid';
}

export function createTokenStore(ttlSeconds: number): TokenStore {
  const tokens = new Map<string, number>();
  return {
    issue: (nowMs) => {
      const token = Array.from(randomBytes(30), (b) => ALPHABET[b % ALPHABET.length] ?? 'A').join(
        '',
      );
      tokens.set(token, nowMs + ttlSeconds * 1000);
      return token;
    },
    check: (req) => {
      const header = req.headers.authorization;
      if (typeof header !== 'string' || header.trim() === '') return 'missing';
      const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      const expiresAt = token === undefined ? undefined : tokens.get(token);
      if (token === undefined || expiresAt === undefined) return 'invalid';
      if (req.nowMs >= expiresAt) {
        tokens.delete(token);
        return 'invalid';
      }
      return 'ok';
    },
  };
}

/** API 401 (`{message}` like every Telphin API error). */
export function unauthorized(reason: 'missing' | 'invalid' = 'invalid'): SimResponse {
  const message =
    reason === 'missing' ? 'Authorization required' : 'Invalid or expired access token';
  const challenge =
    reason === 'missing' ? 'Bearer realm="api"' : 'Bearer realm="api", error="invalid_token"';
  return jsonResponse(401, { message }, { 'www-authenticate': challenge });
}

/** RFC 6749 §5.2 error of the token endpoint. */
const oauthError = (status: number, error: string, description: string): SimResponse =>
  jsonResponse(status, { error, error_description: description }, { 'cache-control': 'no-store' });

/** RFC 6749 §2.3.1: Basic credentials are form-encoded; a bad escape is taken literally. */
function formDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `POST /oauth/token`: form body, query string, or HTTP Basic client authentication. */
export function issueToken(
  req: SimRequest,
  expected: TelphinCredentials,
  store: TokenStore,
  ttlSeconds: number,
): SimResponse {
  const params = new URLSearchParams(req.url.search);
  const type = req.headers['content-type'];
  if (typeof type === 'string' && /x-www-form-urlencoded/i.test(type)) {
    for (const [k, v] of new URLSearchParams(req.body)) params.set(k, v);
  }
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(String(req.headers.authorization ?? ''));
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) {
      params.set('client_id', formDecode(decoded.slice(0, colon)));
      params.set('client_secret', formDecode(decoded.slice(colon + 1)));
    }
  }
  const grant = params.get('grant_type');
  if (grant === null || grant === '')
    return oauthError(400, 'invalid_request', 'Missing grant_type parameter.');
  if (grant !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', `Grant type '${grant}' is not supported.`);
  }
  const id = params.get('client_id') ?? '';
  const secret = params.get('client_secret') ?? '';
  if (!(safeEqual(id, expected.clientId) && safeEqual(secret, expected.clientSecret))) {
    return oauthError(401, 'invalid_client', 'Client authentication failed.');
  }
  const scope = params.get('scope')?.trim() || 'all';
  return jsonResponse(
    200,
    { access_token: store.issue(req.nowMs), token_type: 'Bearer', expires_in: ttlSeconds, scope },
    { 'cache-control': 'no-store', pragma: 'no-cache' },
  );
}

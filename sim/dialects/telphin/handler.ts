import type { Engine } from '../../engine/engine';
import { pause } from '../../http/pause';
import {
  jsonResponse,
  type SimHandler,
  type SimRequest,
  type SimResponse,
} from '../../http/router';
import { extensionCatalog, extensionResource } from './extensions';
import { createHourlyQuota, createStatsLock, quotaExceeded } from './limits';
import { createTokenStore, issueToken, unauthorized, type TelphinCredentials } from './oauth';
import { parseStatsQuery, StatsParamError } from './params';
import { telphinStats, type StatKind } from './stats';

export const TELPHIN_DEFAULT_PREFIX = '/telphin';
export const TELPHIN_DEFAULT_CREDENTIALS: TelphinCredentials = {
  clientId: 'callboard-demo',
  clientSecret: 'telphin-demo-secret',
};
export const TELPHIN_DEFAULT_ACCOUNT_ID = 41250;
export const TELPHIN_DEFAULT_TOKEN_TTL_SECONDS = 3600;
export const TELPHIN_DEFAULT_RATE_LIMIT_PER_HOUR = 1000;
export const TELPHIN_DEFAULT_STATS_DELAY_MS: [number, number] = [50, 150];

/** `startSimulator({ telphin })`. */
export interface TelphinSettings {
  /** Trusted application App ID / secret (OAuth client credentials). */
  clientId?: string;
  clientSecret?: string;
  /** Numeric Telphin client id (`/client/{id}/…`, `/user` → client_id). Default 41250. */
  accountId?: number;
  /** Default `/telphin`. */
  prefix?: string;
  /** `expires_in` of issued tokens, simulator seconds (default 3600). */
  tokenTtlSeconds?: number;
  /** Requests per clock hour per client and resource (default 1000). */
  rateLimitPerHour?: number;
  /** Real time a stats answer takes: fixed ms or [min, max] (default [50, 150]). */
  statsDelayMs?: number | [number, number];
}

export interface TelphinOptions extends TelphinSettings {
  engine: Engine;
}

const API = '/api/ver1.0';
const STATS_BUSY = 'Stats request already exists, concurrent request not allowed';
const message = (status: number, text: string): SimResponse =>
  jsonResponse(status, { message: text });

/** Telphin client API: `<prefix>/oauth/token` and `<prefix>/api/ver1.0/…`. */
export function createTelphinHandler(options: TelphinOptions): SimHandler {
  const { engine } = options;
  const credentials: TelphinCredentials = {
    clientId: options.clientId ?? TELPHIN_DEFAULT_CREDENTIALS.clientId,
    clientSecret: options.clientSecret ?? TELPHIN_DEFAULT_CREDENTIALS.clientSecret,
  };
  const accountId = options.accountId ?? TELPHIN_DEFAULT_ACCOUNT_ID;
  const ttl = options.tokenTtlSeconds ?? TELPHIN_DEFAULT_TOKEN_TTL_SECONDS;
  const tokens = createTokenStore(ttl);
  const quota = createHourlyQuota(options.rateLimitPerHour ?? TELPHIN_DEFAULT_RATE_LIMIT_PER_HOUR);
  const lock = createStatsLock();
  const [minDelay, maxDelay] = delayRange(options.statsDelayMs);

  const api = async (req: SimRequest, rest: string): Promise<SimResponse> => {
    const route = matchRoute(rest);
    if (!route) return message(404, 'Not found');
    if (route.redirect) {
      return {
        status: 308,
        headers: { location: `${req.url.pathname}/${req.url.search}` },
        body: '',
      };
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return message(405, 'Method not allowed');
    const auth = tokens.check(req);
    if (auth !== 'ok') return unauthorized(auth);
    const taken = quota.take(`${accountId}:${route.resource}`, req.nowMs);
    const answer = await (async (): Promise<SimResponse> => {
      if (!taken.ok) {
        return quotaExceeded();
      }
      if (route.resource === 'user')
        return jsonResponse(200, userResource(accountId, credentials, engine));
      const client = route.client ?? '';
      if (client !== '@me' && client !== String(accountId)) {
        return /^\d+$/.test(client)
          ? message(403, 'Access denied')
          : message(404, 'Client not found');
      }
      if (route.resource === 'extension') {
        return jsonResponse(
          200,
          extensionCatalog(engine).map((e) => extensionResource(e, accountId)),
        );
      }
      return stats(req, route.resource === 'calls/stats' ? 'calls' : 'cdr');
    })();
    return { ...answer, headers: { ...answer.headers, ...taken.headers } };
  };

  const stats = async (req: SimRequest, kind: StatKind): Promise<SimResponse> => {
    let query;
    try {
      query = parseStatsQuery(req.url.searchParams);
    } catch (e) {
      if (e instanceof StatsParamError) return message(400, e.message);
      throw e;
    }
    const known = new Set(extensionCatalog(engine).map((e) => e.id));
    const foreign = [...(query.extensionIds ?? [])].find((id) => !known.has(id));
    if (foreign !== undefined) return message(404, `Extension ${foreign} not found`);
    const release = lock(String(accountId));
    if (!release) return message(429, STATS_BUSY);
    try {
      // Stats take a moment on the real service, which is what makes overlapping requests visible.
      const ms = minDelay + Math.floor(Math.random() * (maxDelay - minDelay + 1));
      if (!(await pause(ms, req.signal))) return message(499, 'Client closed request');
      const range = { fromMs: query.fromMs, toMs: query.toMs };
      return jsonResponse(200, telphinStats(engine, kind, range, query.extensionIds, req.nowMs));
    } finally {
      release();
    }
  };

  return async (req) => {
    let answer: SimResponse;
    if (req.path === '/oauth/token') {
      answer =
        req.method === 'POST'
          ? issueToken(req, credentials, tokens, ttl)
          : message(405, 'Method not allowed');
    } else if (req.path === API || req.path.startsWith(`${API}/`)) {
      answer = await api(req, req.path.slice(API.length));
    } else {
      answer = message(404, 'Not found');
    }
    // Every reply carries the limit headers; uncounted ones show the full quota.
    return { ...answer, headers: { ...quota.peek(req.nowMs), ...answer.headers } };
  };
}

interface Route {
  resource: 'user' | 'extension' | 'calls/stats' | 'cdr/stats';
  client?: string;
  /** Collection routes end with "/"; without it the framework redirects (308). */
  redirect: boolean;
}

function matchRoute(rest: string): Route | null {
  if (rest === '/user') return { resource: 'user', redirect: false };
  const m = /^\/client\/([^/]+)\/(calls\/stats|cdr\/stats|extension)(\/?)$/.exec(rest);
  if (!m?.[1] || !m[2]) return null;
  const resource = m[2] as Route['resource'];
  let client = m[1];
  try {
    client = decodeURIComponent(client);
  } catch {
    // A malformed escape is just an unknown client id.
  }
  return { resource, client, redirect: m[3] !== '/' };
}

function userResource(accountId: number, credentials: TelphinCredentials, engine: Engine): unknown {
  return {
    id: accountId * 10 + 1,
    login: credentials.clientId,
    admin: true,
    dealer_id: null,
    client_id: accountId,
    extension_group_id: null,
    extension_id: null,
    timezone: engine.timeZone,
    access: 'full',
    extra_params: null,
  };
}

function delayRange(raw: number | [number, number] | undefined): [number, number] {
  const [a, b] = typeof raw === 'number' ? [raw, raw] : (raw ?? TELPHIN_DEFAULT_STATS_DELAY_MS);
  const lo = Math.max(0, Math.floor(Math.min(a, b)));
  return [lo, Math.max(lo, Math.floor(Math.max(a, b)))];
}

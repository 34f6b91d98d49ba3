import { pause } from '../http/pause';
import { jsonResponse, type SimHandler, type SimRequest, type SimResponse } from '../http/router';
import type { RequestCounter } from './counter';
import {
  expiredTokenResponse,
  htmlInsteadOfJson,
  nginxErrorPage,
  rateLimitResponse,
  type ServerErrorStatus,
} from './pages';
import type { ActiveFault, FaultRegistry } from './registry';
import {
  malformedBody,
  mapJsonBody,
  stringifyWithTrailingCommas,
  withExtraFields,
  withoutKeys,
} from './transforms';
import { DEFAULT_RETRY_AFTER_SECONDS, DEFAULT_SLOW_DELAY_MS } from './types';

/** What a dialect may tell the fault layer; every hook is optional with a generic default. */
export interface DialectFaultProfile {
  /** Request-count key: path below the prefix plus only query parts naming the endpoint. */
  countKey?(req: SimRequest): string;
  /** The dialect's answer to bad or expired credentials. */
  unauthorized?(): SimResponse;
  errorPage?(status: ServerErrorStatus): SimResponse;
  /** The dialect's own 429 (body and headers), asked to make clients wait `retryAfterSeconds`. */
  rateLimited?(retryAfterSeconds: number): SimResponse;
  /** Top-level keys `schema-missing` drops for this request; undefined = the first key. */
  missingKeys?(req: SimRequest): readonly string[] | undefined;
}

export interface FaultLayer {
  registry: FaultRegistry;
  counter: RequestCounter;
}

/** Wraps one dialect's handler: counts every request, then applies that API's fault, if any. */
export function withFaults(
  api: string,
  handler: SimHandler,
  layer: FaultLayer,
  profile: DialectFaultProfile = {},
): SimHandler {
  return async (req) => {
    layer.counter.record(api, profile.countKey?.(req) ?? req.path);
    const fault = layer.registry.take(api, req.url.pathname + req.url.search);
    if (!fault) return handler(req);
    return applyFault(fault, req, handler, layer.registry, profile);
  };
}

const RESET: SimResponse = { status: 500, body: '', wire: 'reset' };

async function applyFault(
  { key, spec }: ActiveFault,
  req: SimRequest,
  handler: SimHandler,
  registry: FaultRegistry,
  profile: DialectFaultProfile,
): Promise<SimResponse> {
  switch (spec.mode) {
    case 'hang':
      await registry.park(key, req.signal);
      return RESET;
    case 'slow':
      return (await pause(spec.delayMs ?? DEFAULT_SLOW_DELAY_MS, req.signal))
        ? handler(req)
        : RESET;
    case 'http-500':
    case 'http-502':
    case 'http-503': {
      const status = Number(spec.mode.slice(5)) as ServerErrorStatus;
      return profile.errorPage?.(status) ?? nginxErrorPage(status);
    }
    case 'reset':
      return RESET;
    case 'truncated':
      return { ...(await handler(req)), wire: 'truncate' };
    case 'malformed-json': {
      const real = await handler(req);
      return { ...jsonResponse(200, null), body: malformedBody(real.body) };
    }
    case 'trailing-comma':
      return mapJsonBody(await handler(req), stringifyWithTrailingCommas);
    case 'schema-missing': {
      const keys = profile.missingKeys?.(req);
      return mapJsonBody(await handler(req), (v) => JSON.stringify(withoutKeys(v, keys)));
    }
    case 'schema-extra':
      return mapJsonBody(await handler(req), (v) => JSON.stringify(withExtraFields(v)));
    case 'expired-token':
      return profile.unauthorized?.() ?? expiredTokenResponse();
    case 'rate-limit': {
      const seconds = spec.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
      return profile.rateLimited?.(seconds) ?? rateLimitResponse(seconds, Date.now());
    }
    case 'html':
      return htmlInsteadOfJson();
  }
}

import { timingSafeEqual } from 'node:crypto';
import { jsonResponse, type SimRequest, type SimResponse } from '../http/router';
import { FaultSpecError, parseFaultSpec } from './parse';
import type { FaultLayer } from './with-faults';
import type { ControlError, FaultList } from './types';

export interface ControlOptions extends FaultLayer {
  /** When set, every control route needs `Authorization: Bearer <token>`. */
  token?: string;
}

const fail = (status: number, error: string, field: string, allowed: string[]): SimResponse =>
  jsonResponse(status, { error, field, allowed } satisfies ControlError);

const methodNotAllowed = (allow: string[]): SimResponse => ({
  ...fail(405, 'method not allowed', 'method', allow),
  headers: { 'content-type': 'application/json; charset=utf-8', allow: allow.join(', ') },
});

/**
 * `/_sim/faults`, `/_sim/faults/<api>`, `/_sim/requests` (paths relative to `/_sim`);
 * returns undefined for other paths so the caller can serve them.
 */
export function createControlHandler(
  options: ControlOptions,
): (req: SimRequest) => SimResponse | undefined {
  const { registry, counter } = options;
  const list = (): SimResponse =>
    jsonResponse(200, { faults: registry.list(), hung: registry.hungCount() } satisfies FaultList);

  return (req) => {
    const faultMatch = /^\/faults(?:\/([^/]+))?\/?$/.exec(req.path);
    const isRequests = req.path === '/requests' || req.path === '/requests/';
    if (!faultMatch && !isRequests) return undefined;
    if (options.token !== undefined && !hasToken(req, options.token)) {
      return jsonResponse(
        401,
        { error: 'control token required', field: 'authorization', allowed: ['Bearer <token>'] },
        { 'www-authenticate': 'Bearer realm="sim"' },
      );
    }
    if (isRequests) {
      if (req.method === 'GET' || req.method === 'HEAD')
        return jsonResponse(200, counter.snapshot());
      if (req.method !== 'DELETE') return methodNotAllowed(['GET', 'HEAD', 'DELETE']);
      counter.reset();
      return jsonResponse(200, counter.snapshot());
    }
    const rawApi = faultMatch?.[1];
    try {
      if (rawApi === undefined) {
        if (req.method === 'GET' || req.method === 'HEAD') return list();
        if (req.method !== 'DELETE') return methodNotAllowed(['GET', 'HEAD', 'DELETE']);
        registry.clear();
        return list();
      }
      const api = decodeURIComponent(rawApi);
      if (req.method === 'DELETE') {
        registry.clear(api);
        return list();
      }
      if (req.method !== 'PUT') return methodNotAllowed(['PUT', 'DELETE']);
      let body: unknown;
      try {
        body = JSON.parse(req.body);
      } catch {
        return fail(400, 'body is not valid JSON', 'body', ['{"mode": "<mode>", …}']);
      }
      return jsonResponse(200, { fault: registry.set(api, parseFaultSpec(body)) });
    } catch (e) {
      if (e instanceof FaultSpecError) return fail(400, e.message, e.field, e.allowed);
      if (e instanceof URIError) return fail(400, 'bad api name', 'api', []);
      throw e;
    }
  };
}

function hasToken(req: SimRequest, token: string): boolean {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  const given = Buffer.from(match?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

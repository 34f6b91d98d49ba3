import type { Engine } from '../../engine/engine';
import {
  jsonResponse,
  notFound,
  textResponse,
  type SimHandler,
  type SimResponse,
} from '../../http/router';
import { ASTERNIC_DEFAULT_REALM, isAuthorized, unauthorized, type Credentials } from './auth';
import { agentRows, pickById, queueRows } from './catalog';
import { callEntity } from './call-flow';
import { ParamError, parsePaging, parseReportQuery } from './params';
import { realtime } from './realtime';
import { isReportName, REPORT_NAMES, runReport } from './reports';
import { searchEntity } from './search';

export const ASTERNIC_DEFAULT_PREFIX = '/asternic/stats';
export const ASTERNIC_DEFAULT_CREDENTIALS: Credentials = {
  username: 'wallboard',
  password: 'wallboard-demo',
};

export interface AsternicOptions {
  engine: Engine;
  credentials?: Credentials;
  realm?: string;
}

/** Errors a PHP endpoint would send for bad input: JSON {"error": "..."} with a 4xx status. */
const error = (status: number, message: string): SimResponse =>
  jsonResponse(status, { error: message });

/** Asternic CCStats PRO REST: `<prefix>/rest/index.php?entity=...`, HTTP Basic auth. */
export function createAsternicHandler(options: AsternicOptions): SimHandler {
  const { engine } = options;
  const credentials = options.credentials ?? ASTERNIC_DEFAULT_CREDENTIALS;
  const realm = options.realm ?? ASTERNIC_DEFAULT_REALM;
  return (req) => {
    if (req.path !== '/rest/index.php' && req.path !== '/rest/' && req.path !== '/rest') {
      return notFound();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed\n');
    }
    if (!isAuthorized(req.headers, credentials)) return unauthorized(realm);
    const entity = (req.url.searchParams.get('entity') ?? '').trim();
    if (entity === '') return error(400, 'Missing entity parameter');
    const slash = entity.indexOf('/');
    const kind = slash < 0 ? entity : entity.slice(0, slash);
    const id = slash < 0 ? '' : entity.slice(slash + 1);
    try {
      return route(engine, kind, id, req.url.searchParams, req.nowMs);
    } catch (e) {
      if (e instanceof ParamError) return error(400, e.message);
      throw e;
    }
  };
}

function route(
  engine: Engine,
  kind: string,
  id: string,
  params: URLSearchParams,
  nowMs: number,
): SimResponse {
  switch (kind) {
    case 'reports':
      if (id === '') return jsonResponse(200, { data: REPORT_NAMES.map((report) => ({ report })) });
      if (!isReportName(id)) return error(404, `Unknown report '${id}'`);
      return jsonResponse(
        200,
        runReport(engine, id, parseReportQuery(params, nowMs, engine.timeZone), nowMs),
      );
    case 'queues':
      return jsonResponse(
        200,
        id === '' ? { data: queueRows(engine) } : pickById(queueRows(engine), 'queue_id', id),
      );
    case 'agents':
      return jsonResponse(
        200,
        id === '' ? { data: agentRows(engine) } : pickById(agentRows(engine), 'agent_id', id),
      );
    case 'call':
      return jsonResponse(200, callEntity(engine, id.trim(), parsePaging(params), nowMs));
    case 'search':
      if (id !== '') return error(404, `Unknown entity '${kind}/${id}'`);
      return jsonResponse(200, searchEntity(engine, params, nowMs));
    case 'realtime': {
      const raw = params.get('queues');
      const list =
        raw === null
          ? []
          : raw
              .split(',')
              .map((s) => s.trim())
              .filter((s) => s !== '');
      const all = list.length === 0 || list.some((q) => q.toUpperCase() === 'ALL');
      return jsonResponse(200, realtime(engine, nowMs, all ? null : new Set(list)));
    }
    default:
      return error(404, `Unknown entity '${kind}'`);
  }
}

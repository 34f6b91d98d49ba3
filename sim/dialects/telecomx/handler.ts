import { timingSafeEqual } from 'node:crypto';
import type { Engine } from '../../engine/engine';
import {
  jsonResponse,
  type SimHandler,
  type SimRequest,
  type SimResponse,
} from '../../http/router';
import {
  employeesOf,
  TELECOMX_ACCESS_LEVEL,
  TELECOMX_CUSTOMER_ID,
  TELECOMX_SERVICE_EMPLOYEE_ID,
} from './directory';
import { errorResponse, TelecomxError, toResponse } from './errors';
import { csvResponse, excelResponse } from './export';
import { parseCdrStats } from './params';
import { createSessionStore, LOGIN_TTL_MS, type SessionStore } from './sessions';
import { cdrStats, sortRows, toJson } from './stats';

export const TELECOMX_DEFAULT_PREFIX = '/telecomx';
export const TELECOMX_DEFAULT_CREDENTIALS = {
  username: 'wallboard@callboard.example',
  password: 'telecomx-demo',
};

/** What `startSimulator({ telecomx })` takes (env SIM_TELECOMX_USER/PASSWORD/TOKEN). */
export interface TelecomxSettings {
  username?: string;
  password?: string;
  /** A machine token valid from start-up (demo config), as if made by POST /employee/{id}/token. */
  machineToken?: string;
  prefix?: string;
}

export interface TelecomxOptions extends TelecomxSettings {
  engine: Engine;
}

const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Telecom X REST API (api.telecomx.dk): login/M2M Bearer tokens and POST /pbx/cdrstats. */
export function createTelecomxHandler(options: TelecomxOptions): SimHandler {
  const credentials = {
    username: options.username || TELECOMX_DEFAULT_CREDENTIALS.username,
    password: options.password || TELECOMX_DEFAULT_CREDENTIALS.password,
  };
  const sessions = createSessionStore();
  if (options.machineToken) sessions.machine(TELECOMX_SERVICE_EMPLOYEE_ID, options.machineToken);
  const employees = employeesOf(options.engine.agents);
  return (req) => {
    try {
      return route(req, options.engine, credentials, sessions, employees);
    } catch (e) {
      if (e instanceof TelecomxError) return toResponse(e);
      throw e;
    }
  };
}

function route(
  req: SimRequest,
  engine: Engine,
  credentials: { username: string; password: string },
  sessions: SessionStore,
  employees: ReturnType<typeof employeesOf>,
): SimResponse {
  const path = req.path.replace(/\/+$/, '') || '/';
  const { method, nowMs } = req;
  if (path === '/auth/login' && (method === 'POST' || method === 'GET')) {
    const input = { ...Object.fromEntries(req.url.searchParams), ...readBody(req) };
    const { username, password, persist } = input;
    if (typeof username !== 'string' || username === '') {
      throw new TelecomxError(400, 'username', 'Missing username');
    }
    if (typeof password !== 'string' || password === '') {
      throw new TelecomxError(400, 'password', 'Missing password');
    }
    const userOk = safeEqual(username.trim().toLowerCase(), credentials.username.toLowerCase());
    if (!(safeEqual(password, credentials.password) && userOk)) {
      throw new TelecomxError(401, 'credentials_invalid', 'Invalid username or password');
    }
    const keep = persist === true || persist === 'true';
    return jsonResponse(200, {
      token: sessions.login(TELECOMX_SERVICE_EMPLOYEE_ID, keep, nowMs),
      expiresInMinutes: keep ? -1 : LOGIN_TTL_MS / 60_000,
      employee: TELECOMX_SERVICE_EMPLOYEE_ID,
      customer: TELECOMX_CUSTOMER_ID,
      accessLevel: TELECOMX_ACCESS_LEVEL,
    });
  }
  if (path === '/auth/logout' && method === 'GET') {
    sessions.logout(sessions.verify(req.headers, nowMs));
    return jsonResponse(200, { success: true });
  }
  const token = /^\/employee\/([^/]+)\/token(?:\/([^/]+))?$/.exec(path);
  if (token?.[1] !== undefined && (method === 'POST' || method === 'DELETE')) {
    const self = sessions.verify(req.headers, nowMs);
    const id = token[1].toLowerCase();
    if (id !== self) throw new TelecomxError(403, 'access_denied', 'Insufficient access level');
    if (method === 'POST' && token[2] === undefined) {
      return jsonResponse(200, { success: true, token: sessions.machine(self) });
    }
    if (method === 'DELETE' && token[2] !== undefined) {
      if (!sessions.revokeMachine(self, decodeURIComponent(token[2]))) {
        throw new TelecomxError(404, 'token', 'Token not found');
      }
      return jsonResponse(200, { success: true });
    }
  }
  if (path === '/pbx/cdrstats' && method === 'POST') {
    sessions.verify(req.headers, nowMs);
    const query = parseCdrStats(readBody(req), nowMs, engine.timeZone);
    if (query.customer !== null && query.customer !== TELECOMX_CUSTOMER_ID) {
      throw new TelecomxError(403, 'access_denied', 'Insufficient access level');
    }
    const rows = sortRows(cdrStats(engine, employees, query, nowMs), query.sort);
    if (query.format === 'CSV') return csvResponse(rows, query);
    if (query.format === 'EXCEL') return excelResponse(rows, query);
    return jsonResponse(200, toJson(rows, query));
  }
  return errorResponse(404, 'not_found', 'Not found');
}

/** JSON body (or a urlencoded form); an empty body is `{}`. */
function readBody(req: SimRequest): Record<string, unknown> {
  if (req.body.trim() === '') return {};
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(req.body));
  }
  let value: unknown;
  try {
    value = JSON.parse(req.body);
  } catch {
    throw new TelecomxError(400, 'bad_request', 'Invalid JSON in request body');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TelecomxError(400, 'bad_request', 'Request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

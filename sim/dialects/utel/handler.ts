import type { Engine } from '../../engine/engine';
import type { SimHandler, SimRequest, SimResponse } from '../../http/router';
import { createTokenStore, login, me, type UtelCredentials } from './auth';
import { callHistory, callsCountByHistory } from './history';
import {
  envelope,
  expectsJson,
  methodNotAllowed,
  routeNotFound,
  unauthenticated,
  welcomePage,
} from './laravel';
import { isStatEndpoint, statistic } from './stats';
import { createThrottle } from './throttle';

export const UTEL_DEFAULT_PREFIX = '/utel/api/v1';
export const UTEL_DEFAULT_CREDENTIALS: UtelCredentials = {
  email: 'wallboard@callboard.demo',
  password: 'utel-demo-password',
};
/** Laravel's default `throttle:api`. */
export const UTEL_DEFAULT_RATE_LIMIT_PER_MINUTE = 60;

/** `startSimulator({ utel })`: login, mount prefix and throttle. */
export interface UtelSettings {
  email?: string;
  password?: string;
  /** Default `/utel/api/v1`. */
  prefix?: string;
  /** Requests per minute per user (per client address for login); 0 disables throttling. */
  rateLimitPerMinute?: number;
}

export interface UtelOptions extends UtelSettings {
  engine: Engine;
}

interface Route {
  methods: string[];
  auth: boolean;
  run(req: SimRequest): SimResponse;
}

/** UTEL cloud PBX (Laravel + Sanctum): `<prefix>/auth/*`, `/statistic/*`, `/call-history`. */
export function createUtelHandler(options: UtelOptions): SimHandler {
  const { engine } = options;
  const credentials: UtelCredentials = {
    email: options.email ?? UTEL_DEFAULT_CREDENTIALS.email,
    password: options.password ?? UTEL_DEFAULT_CREDENTIALS.password,
  };
  const store = createTokenStore();
  const throttle = createThrottle(options.rateLimitPerMinute ?? UTEL_DEFAULT_RATE_LIMIT_PER_MINUTE);
  const routes = new Map<string, Route>([
    [
      '/auth/login',
      { methods: ['POST'], auth: false, run: (req) => login(req, credentials, store) },
    ],
    ['/auth/me', { methods: ['GET', 'HEAD'], auth: true, run: () => me(credentials.email) }],
    [
      '/auth/logout',
      {
        methods: ['POST'],
        auth: true,
        run: (req) => {
          store.revoke(req);
          return envelope(null, 'Successfully logged out');
        },
      },
    ],
    [
      '/call-history',
      { methods: ['GET', 'HEAD'], auth: true, run: (req) => callHistory(engine, req) },
    ],
    [
      '/statistic/calls-count-by-history',
      { methods: ['GET', 'HEAD'], auth: true, run: (req) => callsCountByHistory(engine, req) },
    ],
  ]);
  const routeOf = (path: string): Route | undefined => {
    const found = routes.get(path);
    if (found) return found;
    const name = path.startsWith('/statistic/') ? path.slice('/statistic/'.length) : '';
    if (!isStatEndpoint(name)) return undefined;
    return {
      methods: ['GET', 'HEAD'],
      auth: true,
      run: (req) => statistic(engine, name, req.url.searchParams, req.nowMs),
    };
  };

  return (req) => {
    // The Laravel app answers clients that do not ask for JSON with its welcome page (D2).
    if (!expectsJson(req.headers)) return welcomePage();
    const path = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path;
    const routePath = `api/v1${path}`;
    const route = routeOf(path);
    if (!route) return routeNotFound(routePath);
    if (!route.methods.includes(req.method))
      return methodNotAllowed(req.method, routePath, route.methods);
    const user = route.auth ? store.userOf(req) : null;
    if (route.auth && user === null) return unauthenticated();
    const limited = throttle.hit(user === null ? 'ip:127.0.0.1' : `user:${user}`, req.nowMs);
    if ('rejected' in limited) return limited.rejected;
    const response = route.run(req);
    return { ...response, headers: { ...response.headers, ...limited.headers } };
  };
}

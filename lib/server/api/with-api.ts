import 'server-only';
import { currentCaller } from '@/lib/auth/current-caller';
import { displayMayRead } from '@/lib/auth/display-access';
import { missingPermission, type RouteNeed } from '@/lib/auth/permissions';
import type { Caller } from '@/lib/auth/roles';
import { getAppContext, type AppContext } from '@/lib/server/app-context';
import { logError } from '@/lib/server/log';
import { displayCaller } from '@/lib/server/tv/display-session';
import { refuseOverLimit } from './request-limit';
import { apiError, forbidden, unauthorized } from './responses';

export interface ApiContext<P> {
  request: Request;
  caller: Caller;
  app: AppContext;
  params: P;
}

type Handler<P> = (context: ApiContext<P>) => Promise<Response> | Response;

/**
 * Every /api/v1 route goes through here: authenticate, check the route's declared need against
 * the caller's role (lib/auth/permissions.ts: 403 naming what is missing), then run the handler;
 * anything unexpected becomes a JSON 500 without details (the log gets the error, never the response).
 */
export function withApi<P = Record<string, never>>(need: RouteNeed, handler: Handler<P>) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const app = getAppContext();
      const caller = await currentCaller(request, app.config.auth, displayCaller);
      if (!caller) return unauthorized();
      const overLimit = refuseOverLimit(app, caller);
      if (overLimit) return overLimit;
      if (caller.display && !displayMayRead(caller.display, request.method, new URL(request.url))) {
        return forbidden('a display link may read only what its board shows');
      }
      const refused = permissionRefusal(caller, need, new URL(request.url));
      if (refused) return refused;
      return await handler({ request, caller, app, params: await route.params });
    } catch (error) {
      logError('api', error);
      return apiError(500, 'internal', 'internal error');
    }
  };
}

/** 403 naming what the caller's role lacks for this route, or undefined when it may. */
export function permissionRefusal(caller: Caller, need: RouteNeed, url: URL): Response | undefined {
  const missing = missingPermission(caller.role, need, url);
  return missing
    ? forbidden(`the ${caller.role} role may not ${missingWords[missing]}`)
    : undefined;
}

const missingWords = {
  live: 'read live data',
  reports: 'read reports (a period other than today)',
  export: 'export',
  admin: 'administer',
} as const;

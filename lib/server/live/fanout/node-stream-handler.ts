import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { currentCaller } from '@/lib/auth/current-caller';
import { displayMayRead } from '@/lib/auth/display-access';
import type { Caller } from '@/lib/auth/roles';
import { filterQueues, maySeeSource, visibleQueues } from '@/lib/auth/visibility';
import { baseSecurityHeaders } from '@/lib/http/security-headers';
import {
  apiError,
  forbidden,
  notFound,
  unauthorized,
  unsupported,
  upstreamFailure,
} from '@/lib/server/api/responses';
import { refuseOverLimit } from '@/lib/server/api/request-limit';
import { permissionRefusal } from '@/lib/server/api/with-api';
import { getAppContext, type AppContext } from '@/lib/server/app-context';
import { logError } from '@/lib/server/log';
import type { LiveQueue } from '@/lib/model/live-queues';
import type { CacheSnapshot } from '@/lib/server/live/refresh-cache';
import { liveQueuesEvent } from '@/lib/server/sources/live-queues-event';
import { liveQueuesResponse } from '@/lib/server/sources/live-queues-response';
import type { SourceRuntime } from '@/lib/server/sources/source-runtime';
import { displayCaller } from '@/lib/server/tv/display-session';
import type { FanoutStream, FrameSource, Revalidate } from './fanout-hub';
import { encodeSseEvent, retryFrame, sseHeaders } from './sse-frames';

const livePath = /^\/api\/v1\/sources\/([^/?#]+)\/queues\/live(\/stream)?(?:\?|$)/;
const retryMs = 3_000;
const firstFrame = retryFrame(retryMs);
/** Headers a revalidation needs to ask currentCaller again: credentials, and the origin next-auth reads. */
const kept = ['authorization', 'cookie', 'host', 'x-forwarded-host', 'x-forwarded-proto'] as const;

/** A node:http request handler that answers only the live paths; false lets Next take it. */
export type LiveStreamHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * `GET /api/v1/sources/{id}/queues/live` and `…/live/stream` straight on node:http, in the steps
 * of their route handlers (withApi, then sourceRoute): the same currentCaller and display-link
 * check, 404, 422, the same stream caps, events and bodies. Route handlers stream through
 * per-connection web-stream adapters and build a web Request and Response per poll; here every
 * stream of a source shares one subscription and one encoded buffer per snapshot, and polls of
 * the same snapshot and age share one serialised body (docs/performance.md).
 */
export function createLiveStreamHandler(context: () => AppContext = getAppContext) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET') return false;
    const match = livePath.exec(req.url ?? '');
    if (!match?.[1]) return false;
    serve(context(), req, res, match[1], match[2] !== undefined).catch((error: unknown) => {
      logError('api', error);
      if (!res.headersSent) void send(res, apiError(500, 'internal', 'internal error'));
      else res.destroy();
    });
    return true;
  };
}

async function serve(
  app: AppContext,
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
  stream: boolean,
) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  // As Next's server adds them before a route handler runs: next-auth takes the origin (and so
  // whether session cookies carry the __Secure- prefix) from these, https when unsaid.
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  if (!headers.has('x-forwarded-host')) headers.set('x-forwarded-host', req.headers.host ?? '');
  if (!headers.has('x-forwarded-proto'))
    headers.set('x-forwarded-proto', encrypted ? 'https' : 'http');
  if (!headers.has('x-forwarded-for'))
    headers.set('x-forwarded-for', req.socket.remoteAddress ?? '');
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  const caller = await currentCaller(new Request(url, { headers }), app.config.auth, displayCaller);
  if (!caller) return send(res, unauthorized());
  // withApi's steps: the caller's request limit, the display link's board, the role's permission.
  const refusal =
    refuseOverLimit(app, caller) ??
    displayRefusal(caller, url) ??
    permissionRefusal(caller, 'live', new URL(url));
  if (refusal) return send(res, refusal);
  const id = decode(rawId);
  const runtime = id === undefined ? undefined : app.sources.get(id);
  if (!runtime || id === undefined) return send(res, notFound(`unknown source "${id ?? rawId}"`));
  // sourceRoute's: the caller may see the source; one limited to some of its queues gets only
  // those when polling, and no stream (as the route handler: the browser then polls).
  if (!maySeeSource(caller.visibility, id)) {
    return send(res, forbidden(`you may not see source "${id}"`));
  }
  const queues = visibleQueues(caller.visibility, id);
  if (queues !== null && stream) {
    return send(res, queuesOnly(id, queues));
  }
  if (!runtime.live) {
    return send(res, unsupported(`source ${id} (${runtime.source.kind}) cannot show live queues`));
  }
  if (!stream) return sendLive(res, runtime, await runtime.live.read(), caller);
  // The client may have gone while we authenticated: nothing to admit.
  if (res.destroyed || req.socket.destroyed) return;

  // The registry may close the stream (shutdown) once it exists; admission comes first.
  const opened: { stream?: FanoutStream } = {};
  const admitted = app.streams.admit(`${caller.kind}:${caller.name}`, () => opened.stream?.close());
  if (!admitted.admitted) {
    const whose = admitted.reason === 'caller' ? 'this caller holds' : 'the server holds';
    const response = apiError(
      429,
      'rate_limited',
      `${whose} the most live streams allowed (${admitted.limit}); close one and retry`,
    );
    response.headers.set('Retry-After', String(Math.ceil(retryMs / 1000)));
    return send(res, response);
  }
  res.writeHead(200, { ...sseHeaders, ...baseSecurityHeaders({ https: false }) });
  res.write(firstFrame);
  req.socket.setTimeout(0);
  req.socket.setNoDelay(true);
  const credentials: [string, string][] = [];
  for (const name of kept) {
    const value = headers.get(name);
    if (value !== null) credentials.push([name, value]);
  }
  const opening = app.fanout.add(id, frameSource(runtime), {
    target: res,
    checkKey: `${headers.get('authorization') ?? ''}\n${headers.get('cookie') ?? ''}`,
    revalidate: revalidator(url, credentials),
    onClose: admitted.release,
  });
  opened.stream = opening;
  res.once('close', () => opening.detach());
}

/** Encoded snapshots of a source's live channel; each snapshot object is encoded once. */
function frameSource(runtime: SourceRuntime): FrameSource {
  return (listener) => {
    const live = runtime.live;
    if (!live) return () => undefined;
    return live.subscribe((snapshot) => {
      let frame = encoded.get(snapshot);
      if (!frame) {
        frame = encodeSseEvent(liveQueuesEvent(runtime, snapshot));
        encoded.set(snapshot, frame);
      }
      listener(frame);
    });
  };
}
const encoded = new WeakMap<object, Uint8Array>();

/** The queues/live body of a snapshot, serialised once per snapshot and age in whole seconds. */
function sendLive(
  res: ServerResponse,
  runtime: SourceRuntime,
  snapshot: LiveSnapshot,
  caller: Caller,
) {
  const { value, fetchedAtMs } = snapshot;
  const { id, timezone } = runtime.source;
  if (value === undefined || fetchedAtMs === undefined) {
    return send(res, upstreamFailure(id, snapshot.lastError));
  }
  const nowMs = Date.now();
  if (visibleQueues(caller.visibility, id) !== null) {
    // Limited to some queues: this caller's own body, not the shared one.
    const visible = filterQueues(caller.visibility, id, value);
    const json = liveQueuesResponse(
      id,
      timezone,
      { ...snapshot, value: visible, fetchedAtMs },
      nowMs,
    );
    return send(res, Response.json(json, { headers: { 'Cache-Control': 'no-store' } }));
  }
  const ageSeconds = Math.max(0, Math.round((nowMs - fetchedAtMs) / 1000));
  let body = bodies.get(snapshot);
  if (body?.ageSeconds !== ageSeconds) {
    const json = liveQueuesResponse(id, timezone, { ...snapshot, value, fetchedAtMs }, nowMs);
    body = { ageSeconds, bytes: Buffer.from(JSON.stringify(json), 'utf8') };
    bodies.set(snapshot, body);
  }
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    ...baseSecurityHeaders({ https: false }),
    'Content-Length': String(body.bytes.length),
  });
  res.end(body.bytes);
}
type LiveSnapshot = CacheSnapshot<LiveQueue[]>;
const bodies = new WeakMap<LiveSnapshot, { ageSeconds: number; bytes: Buffer }>();

/** Asks currentCaller again with the stream's own credentials (a disabled user, a revoked link). */
function revalidator(url: string, credentials: [string, string][]): Revalidate {
  return async () => {
    const request = new Request(url, { headers: credentials });
    const caller = await currentCaller(request, getAppContext().config.auth, displayCaller);
    if (!caller) return { allowed: false, final: revoked('unauthorized', 'sign in again') };
    const id = sourceIdOf(url);
    const queues = id === undefined ? null : visibleQueues(caller.visibility, id);
    if (
      permissionRefusal(caller, 'live', new URL(url)) ||
      id === undefined ||
      !maySeeSource(caller.visibility, id) ||
      queues !== null
    ) {
      return { allowed: false, final: revoked('forbidden', 'you may no longer see this source') };
    }
    if (displayRefusal(caller, url)) {
      return {
        allowed: false,
        final: revoked('forbidden', 'this display link no longer shows this source'),
      };
    }
    return { allowed: true };
  };
}

function sourceIdOf(url: string): string | undefined {
  const raw = livePath.exec(new URL(url).pathname)?.[1];
  return raw === undefined ? undefined : decode(raw);
}

function queuesOnly(id: string, queues: readonly string[]): Response {
  return forbidden(`you may see only these queues of "${id}": ${queues.join(', ') || 'none'}`);
}

function revoked(code: 'unauthorized' | 'forbidden', message: string): Uint8Array {
  return encodeSseEvent({ event: 'revoked', data: { error: { code, message } } });
}

function displayRefusal(caller: Caller, url: string): Response | undefined {
  if (!caller.display || displayMayRead(caller.display, 'GET', new URL(url))) return undefined;
  return forbidden('a display link may read only what its board shows');
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, {
    ...Object.fromEntries(response.headers),
    ...baseSecurityHeaders({ https: false }),
    'Content-Length': String(body.length),
  });
  res.end(body);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

import { NextResponse } from 'next/server';
import { redactSecrets } from '@/lib/server/secrets';
import { isUpstreamError, type UpstreamError } from '@/lib/upstream/upstream-error';

/** Machine-readable error codes of the HTTP API (docs/api.md). */
export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unsupported'
  | 'rate_limited'
  | 'upstream_error'
  | 'upstream_unavailable'
  | 'upstream_busy'
  | 'upstream_timeout'
  | 'internal';

const noStore = { 'Cache-Control': 'no-store' };

export function ok<T>(body: T, init?: ResponseInit): NextResponse<T> {
  return NextResponse.json(body, { ...init, headers: { ...noStore, ...init?.headers } });
}

export function apiError(status: number, code: ApiErrorCode, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers: noStore });
}

export const badRequest = (message: string) => apiError(400, 'bad_request', message);
export const unauthorized = () =>
  apiError(401, 'unauthorized', 'sign in, or send Authorization: Bearer <API token>');
export const forbidden = (message = 'your role may not do this') =>
  apiError(403, 'forbidden', message);
export const notFound = (message: string) => apiError(404, 'not_found', message);
export const unsupported = (message: string) => apiError(422, 'unsupported', message);

/** Maps a failed upstream call to 502/503/504 with its safe message. */
export function upstreamFailure(sourceId: string, error: unknown): NextResponse {
  if (!isUpstreamError(error)) {
    return apiError(502, 'upstream_error', `source ${sourceId}: the upstream call failed`);
  }
  const { status, code } = upstreamStatus(error);
  const response = apiError(status, code, `source ${sourceId}: ${redactSecrets(error.message)}`);
  // Busy: the upstream's Retry-After, or when this source's report budget frees up.
  const retryAfter = error.details.retryAfterSeconds;
  if (code === 'upstream_busy' && retryAfter !== undefined) {
    response.headers.set('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
  }
  return response;
}

function upstreamStatus(error: UpstreamError): { status: number; code: ApiErrorCode } {
  switch (error.kind) {
    case 'timeout':
      return { status: 504, code: 'upstream_timeout' };
    case 'network':
      return { status: 503, code: 'upstream_unavailable' };
    // Busy rather than down (its rate limit, or this source's request budget): worth retrying.
    case 'rate-limit':
      return { status: 503, code: 'upstream_busy' };
    default:
      return { status: 502, code: 'upstream_error' };
  }
}

import type { z } from 'zod';

/** An /api/v1 answer that was not 2xx, with the server's own error message. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly status: number,
    message: string,
    /** The API's error code (`upstream_busy`, `bad_request`, …) when the body had one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** GETs an /api/v1 path and validates the body; a 401 sends the browser to sign in again. */
export async function fetchApi<T extends z.ZodType>(
  path: string,
  schema: T,
  signal?: AbortSignal,
): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      signal,
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw new ApiRequestError(0, 'Callboard server not reachable');
  }
  if (response.status === 401) redirectToSignIn();
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new ApiRequestError(
      response.status,
      errorMessage(body, response.status),
      errorCode(body),
    );
  }
  return schema.parse(body);
}

function errorCode(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || !('error' in body)) return undefined;
  const { error } = body;
  if (!error || typeof error !== 'object' || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function errorMessage(body: unknown, status: number): string {
  if (body && typeof body === 'object' && 'error' in body) {
    const { error } = body;
    if (
      error &&
      typeof error === 'object' &&
      'message' in error &&
      typeof error.message === 'string'
    ) {
      return error.message;
    }
  }
  return `HTTP ${status}`;
}

/** The session is gone: a full page load to sign-in, returning here afterwards. */
export function redirectToSignIn(): void {
  if (typeof window === 'undefined') return;
  const back = encodeURIComponent(window.location.pathname + window.location.search);
  // A full page load on purpose: the expired session's client state must not survive sign-in.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/login?callbackUrl=${back}`);
}

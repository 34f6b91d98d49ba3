import type { IncomingHttpHeaders } from 'node:http';

/** A request as a dialect sees it: path relative to the dialect's mount prefix. */
export interface SimRequest {
  method: string;
  url: URL;
  /** Path below the mount prefix, always starting with "/" ("/" for the prefix itself). */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Simulator time of this request (epoch ms). */
  nowMs: number;
  /** Aborted when the client goes away before the answer is sent (lets faults free timers). */
  signal?: AbortSignal;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
  /**
   * Fault injection on the wire: `reset` drops the connection with a TCP RST instead of answering;
   * `truncate` sends the headers (full Content-Length) and half the body, then drops it.
   */
  wire?: 'reset' | 'truncate';
}

export type SimHandler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

/** A dialect (or control endpoint) is a handler mounted at a path prefix, e.g. "/utel". */
export interface Mount {
  prefix: string;
  handler: SimHandler;
}

/** Longest matching prefix wins; returns undefined when nothing is mounted there. */
export function findMount(
  mounts: readonly Mount[],
  pathname: string,
): { mount: Mount; path: string } | undefined {
  let best: { mount: Mount; path: string } | undefined;
  for (const mount of mounts) {
    const prefix = mount.prefix.replace(/\/+$/, '');
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) continue;
    if (best && best.mount.prefix.length >= prefix.length) continue;
    best = { mount, path: pathname.slice(prefix.length) || '/' };
  }
  return best;
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function textResponse(
  status: number,
  body: string,
  contentType = 'text/plain; charset=utf-8',
): SimResponse {
  return { status, headers: { 'content-type': contentType }, body };
}

export function notFound(): SimResponse {
  return textResponse(404, 'Not Found\n');
}

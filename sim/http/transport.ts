import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimResponse } from './router';

const MAX_BODY_BYTES = 64 * 1024;

/** Reads the request body; null when it is too large or the client broke off. */
export function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', () => resolve(null));
  });
}

/** An AbortSignal that fires when the connection closes before the answer was fully sent. */
export function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** Writes a SimResponse, honouring the fault-injection `wire` directives. */
export function send(res: ServerResponse, method: string | undefined, response: SimResponse): void {
  if (res.headersSent || res.destroyed) return;
  if (response.wire === 'reset') return reset(res);
  const body = Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
  if (response.wire === 'truncate') {
    const part = method === 'HEAD' ? '' : body.subarray(0, Math.floor(body.length / 2));
    // Destroy only once the partial body is flushed, so the client really receives it.
    res.write(part, () => res.destroy());
    return;
  }
  res.end(method === 'HEAD' ? undefined : body);
}

function reset(res: ServerResponse): void {
  const socket = res.socket;
  try {
    if (socket) socket.resetAndDestroy();
    else res.destroy();
  } catch {
    // Not a TCP socket (e.g. a pipe in some test harness): a plain close still ends the exchange.
    res.destroy();
  }
}

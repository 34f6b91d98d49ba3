import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test helper for provider clients: scripted HTTP stand-ins on 127.0.0.1, port 0.
 * Each test file calls `afterEach(closeServers)`.
 */

/** One request as the test server saw it, its body read whole. */
export interface SeenRequest {
  method: string;
  /** The request target as sent: path and query, undecoded. */
  url: string;
  path: string;
  query: URLSearchParams;
  rawQuery: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type TestHandler = (request: SeenRequest, res: ServerResponse) => void;

const servers: ReturnType<typeof createServer>[] = [];

/** Serves `handler` on 127.0.0.1, port 0, and records every request in `seen`, in arrival order. */
export async function serve(handler: TestHandler): Promise<{ root: string; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://test');
      const request: SeenRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '',
        path: url.pathname,
        query: url.searchParams,
        rawQuery: url.search.slice(1),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(request);
      handler(request, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { root: `http://127.0.0.1:${port}`, seen };
}

/** Closes every server `serve` started, open connections included. */
export function closeServers(): void {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
}

export function send(res: ServerResponse, status: number, body: string, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

/** A handler that answers every request alike. */
export function reply(status: number, body: string, type = 'application/json'): TestHandler {
  return (_request, res) => send(res, status, body, type);
}

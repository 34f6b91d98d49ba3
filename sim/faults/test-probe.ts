import { request, type IncomingHttpHeaders } from 'node:http';

/** What a plain node:http client saw: an answer (maybe cut short) or a socket error. */
export interface Probe {
  status?: number;
  headers?: IncomingHttpHeaders;
  body: string;
  /** True only when the whole body (per Content-Length) arrived. */
  complete: boolean;
  error?: NodeJS.ErrnoException;
}

/** One request on its own connection (no keep-alive), so a destroyed socket affects only it. */
export function probe(url: string, headers: Record<string, string> = {}): Promise<Probe> {
  return new Promise((resolve) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', () => undefined);
      res.on('close', () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          complete: res.complete,
        }),
      );
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ body: '', complete: false, error }),
    );
    req.end();
  });
}

/** Polls until `check` holds (or fails the test after `timeoutMs`). */
export async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const BASIC_AUTH = {
  authorization: `Basic ${Buffer.from('wallboard:wallboard-demo').toString('base64')}`,
};

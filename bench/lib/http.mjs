import { request } from 'node:http';
import { createServer } from 'node:net';

/**
 * One GET over its own connection (`agent: false`, `Connection: close`), so the bench's own
 * requests (metrics scrapes, control calls) never leave a keep-alive socket open on a server.
 */
export function httpGet(url, { headers = {}, method = 'GET', timeoutMs = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method,
      agent: false,
      headers: { ...headers, connection: 'close' },
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${url}: no answer in time`)));
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.end();
  });
}

/** A loopback TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export const sleepUntil = (epochMs) => sleep(epochMs - Date.now());

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { requestUpstream } from './http';
import { UpstreamError } from './upstream-error';

type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function serve(handler: Handler): Promise<{ url: URL; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => handler(req, res, ++hits));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: new URL(`http://127.0.0.1:${port}/x?secret=hunter2`), hits: () => hits };
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error('expected an UpstreamError');
  expect(error.message).not.toContain('hunter2');
  return error;
}

describe('requestUpstream', () => {
  it('returns the body of a 2xx answer', async () => {
    const { url } = await serve((_req, res) => res.end('{"a":1}'));
    const response = await requestUpstream({ label: 'test', url, timeoutMs: 1000 });
    expect(response).toMatchObject({ status: 200, text: '{"a":1}' });
  });

  it('retries a 5xx with backoff and succeeds', async () => {
    const { url, hits } = await serve((_req, res, hit) => {
      res.statusCode = hit === 1 ? 503 : 200;
      res.end('ok');
    });
    const response = await requestUpstream({ label: 'test', url, timeoutMs: 1000, retries: 2 });
    expect(response.text).toBe('ok');
    expect(hits()).toBe(2);
  });

  it('never retries a 4xx, and names authentication failures', async () => {
    const { url, hits } = await serve((_req, res) => {
      res.statusCode = 401;
      res.end('<html>nope</html>');
    });
    const error = await failure(
      requestUpstream({ label: 'pbx realtime', url, timeoutMs: 1000, retries: 3 }),
    );
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('pbx realtime: authentication failed');
    expect(hits()).toBe(1);
  });

  it('takes the statuses a login is refused with as authentication failures, and reports each attempt', async () => {
    const { url } = await serve((_req, res) => {
      res.statusCode = 422;
      res.end('{"message":"invalid"}');
    });
    const outcomes: string[] = [];
    const error = await failure(
      requestUpstream({
        label: 'pbx login',
        url,
        timeoutMs: 1000,
        authStatuses: [401, 422],
        describeError: () => 'invalid',
        onResult: (outcome, seconds) => {
          expect(seconds).toBeGreaterThanOrEqual(0);
          outcomes.push(outcome);
        },
      }),
    );
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('pbx login: authentication failed (invalid)');
    expect(error.details.status).toBe(422);
    expect(outcomes).toEqual(['auth']);
  });

  it('reads the wait from a 429', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(429, { 'X-RateLimit-Reset': '42' });
      res.end('{"message":"slow down"}');
    });
    const error = await failure(
      requestUpstream({
        label: 'stats',
        url,
        timeoutMs: 1000,
        describeError: (_status, body) => (JSON.parse(body) as { message: string }).message,
      }),
    );
    expect(error).toMatchObject({
      kind: 'rate-limit',
      details: { status: 429, retryAfterSeconds: 42 },
    });
    expect(error.message).toBe('stats: rate limited (slow down)');
  });

  it('times out a hanging upstream, per attempt', async () => {
    const { url, hits } = await serve(() => undefined);
    const started = Date.now();
    const error = await failure(
      requestUpstream({ label: 'slow', url, timeoutMs: 200, retries: 1 }),
    );
    expect(error.kind).toBe('timeout');
    expect(hits()).toBe(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(
      requestUpstream({
        label: 'down',
        url: new URL(`http://127.0.0.1:${port}/?secret=hunter2`),
        timeoutMs: 500,
        retries: 0,
      }),
    );
    expect(error).toMatchObject({ kind: 'network', message: 'down: connection refused' });
  });
});

describe('requestUpstream body limit', () => {
  it('fails clearly, without retrying, when an answer is larger than the limit', async () => {
    const big = 'x'.repeat(64 * 1024);
    const { url, hits } = await serve((_req, res) => {
      // Chunked, so no Content-Length warns in advance: the limit holds while reading too.
      res.write(big);
      res.write(big);
      res.end(big);
    });
    const error = await failure(
      requestUpstream({
        label: 'pbx report',
        url,
        timeoutMs: 2000,
        retries: 2,
        maxBodyBytes: 100_000,
      }),
    );
    expect(error.kind).toBe('parse');
    expect(error.message).toBe('pbx report: the answer is larger than 0.1 MB');
    expect(hits()).toBe(1);
  });

  it('refuses at once when Content-Length already says too much', async () => {
    const { url } = await serve((_req, res) => {
      res.setHeader('content-length', String(300_000));
      res.end('x'.repeat(300_000));
    });
    const error = await failure(
      requestUpstream({ label: 'pbx', url, timeoutMs: 2000, maxBodyBytes: 100_000 }),
    );
    expect(error.kind).toBe('parse');
  });

  it('reads an answer within the limit whole, multi-byte characters included', async () => {
    const text = 'Ташкент '.repeat(5000);
    const { url } = await serve((_req, res) => res.end(text));
    const response = await requestUpstream({
      label: 'pbx',
      url,
      timeoutMs: 2000,
      maxBodyBytes: 1_000_000,
    });
    expect(response.text).toBe(text);
  });
});

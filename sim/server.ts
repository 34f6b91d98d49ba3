import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import {
  createAsternicHandler,
  ASTERNIC_DEFAULT_CREDENTIALS,
  ASTERNIC_DEFAULT_PREFIX,
} from './dialects/asternic/handler';
import { realClock, scaledClock, type SimClock } from './engine/clock';
import { createEngine, DEFAULT_SEED, DEFAULT_TIME_ZONE, type Engine } from './engine/engine';
import {
  findMount,
  jsonResponse,
  notFound,
  textResponse,
  type Mount,
  type SimResponse,
} from './http/router';

export interface SimulatorOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  seed?: number;
  /** sim time = start + real elapsed × speed (default 1). Ignored when `clock` is given. */
  speed?: number;
  /** Simulated instant at start-up (default: now). Ignored when `clock` is given. */
  startAtMs?: number;
  timeZone?: string;
  /** Injected clock (tests). */
  clock?: SimClock;
  cacheDays?: number;
  asternic?: { username?: string; password?: string; prefix?: string };
}

export interface RunningSimulator {
  url: string;
  port: number;
  engine: Engine;
  clock: SimClock;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const engine = createEngine({
    seed: options.seed ?? DEFAULT_SEED,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    cacheDays: options.cacheDays,
  });
  const clock = options.clock ?? pickClock(options.speed, options.startAtMs);
  const asternic = options.asternic ?? {};
  const mounts: Mount[] = [
    {
      prefix: '/_sim',
      handler: (req) => (req.path === '/health' ? health(req.nowMs) : notFound()),
    },
    {
      prefix: asternic.prefix ?? ASTERNIC_DEFAULT_PREFIX,
      handler: createAsternicHandler({
        engine,
        credentials: {
          username: asternic.username ?? ASTERNIC_DEFAULT_CREDENTIALS.username,
          password: asternic.password ?? ASTERNIC_DEFAULT_CREDENTIALS.password,
        },
      }),
    },
  ];

  const server = createServer((req, res) => {
    handle(mounts, clock, req, res).catch(() =>
      send(res, req.method, textResponse(500, 'Internal Server Error\n')),
    );
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  const port = address.port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    engine,
    clock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function pickClock(speed: number | undefined, startAtMs: number | undefined): SimClock {
  if ((speed === undefined || speed === 1) && startAtMs === undefined) return realClock();
  return scaledClock(speed ?? 1, startAtMs ?? Date.now());
}

function health(nowMs: number): SimResponse {
  return jsonResponse(200, { ok: true, now: new Date(nowMs).toISOString() });
}

async function handle(
  mounts: Mount[],
  clock: SimClock,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://sim.local');
  } catch {
    return send(res, req.method, textResponse(400, 'Bad Request\n'));
  }
  const body = await readBody(req);
  if (body === null) return send(res, req.method, textResponse(413, 'Payload Too Large\n'));
  const found = findMount(mounts, url.pathname);
  if (!found) return send(res, req.method, notFound());
  const method = req.method ?? 'GET';
  const response = await found.mount.handler({
    method,
    url,
    path: found.path,
    headers: req.headers,
    body,
    nowMs: clock.now(),
  });
  send(res, method, response);
}

function readBody(req: IncomingMessage): Promise<string | null> {
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

function send(res: ServerResponse, method: string | undefined, response: SimResponse): void {
  if (res.headersSent) return;
  const body = Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
  res.end(method === 'HEAD' ? undefined : body);
}

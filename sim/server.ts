import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { asternicFaultProfile } from './dialects/asternic/faults';
import {
  createAsternicHandler,
  ASTERNIC_DEFAULT_CREDENTIALS,
  ASTERNIC_DEFAULT_PREFIX,
} from './dialects/asternic/handler';
import { enswitchFaultProfile } from './dialects/enswitch/faults';
import {
  createEnswitchHandler,
  ENSWITCH_DEFAULT_PREFIX,
  type EnswitchSettings,
} from './dialects/enswitch/handler';
import { telecomxFaultProfile } from './dialects/telecomx/faults';
import {
  createTelecomxHandler,
  TELECOMX_DEFAULT_PREFIX,
  type TelecomxSettings,
} from './dialects/telecomx/handler';
import { telphinFaultProfile } from './dialects/telphin/faults';
import {
  createTelphinHandler,
  TELPHIN_DEFAULT_PREFIX,
  type TelphinSettings,
} from './dialects/telphin/handler';
import { utelFaultProfile } from './dialects/utel/faults';
import { createUtelHandler, UTEL_DEFAULT_PREFIX, type UtelSettings } from './dialects/utel/handler';
import { realClock, scaledClock, type SimClock } from './engine/clock';
import { createEngine, DEFAULT_SEED, DEFAULT_TIME_ZONE, type Engine } from './engine/engine';
import { createControlHandler } from './faults/control';
import { createRequestCounter } from './faults/counter';
import { createFaultRegistry } from './faults/registry';
import type { Fault, FaultSpec, RequestCounts } from './faults/types';
import { withFaults, type DialectFaultProfile } from './faults/with-faults';
import {
  findMount,
  jsonResponse,
  notFound,
  textResponse,
  type Mount,
  type SimHandler,
  type SimResponse,
} from './http/router';
import { clientGone, readBody, send } from './http/transport';

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
  /** Telecom X: login credentials, preset machine token, prefix (default /telecomx). */
  telecomx?: TelecomxSettings;
  /** Enswitch: auth_username/auth_password, prefix (default /enswitch). */
  enswitch?: EnswitchSettings;
  /** UTEL: login email/password, prefix (default /utel/api/v1), throttle per minute. */
  utel?: UtelSettings;
  /** Telphin: OAuth app id/secret, account id, prefix (default /telphin), token TTL, limits. */
  telphin?: TelphinSettings;
  /** When set, the `/_sim/faults` and `/_sim/requests` routes need `Authorization: Bearer <token>`. */
  controlToken?: string;
  /** Faults active from start-up (CLI `--fault`). */
  faults?: Fault[];
  /**
   * A center of its own for an API (by API name): its seed, zone, size and volume. Without one an
   * API answers from the shared engine (`seed`, `timeZone`), as every test expects.
   */
  centers?: Partial<Record<string, CenterOptions>>;
}

/** One API's own simulated center (the demo gives each source a different one). */
export interface CenterOptions {
  seed?: number;
  timeZone?: string;
  /** Agents on the roster, 1–24. */
  agents?: number;
  /** Daily volume as a multiple of the default center's. */
  volume?: number;
}

/** Programmatic twin of `/_sim/faults`. */
export interface SimFaultControl {
  /** Sets (replaces) the fault of one API name or `*`; throws FaultSpecError on bad input. */
  set(api: string, spec: FaultSpec): Fault;
  /** Clears one API's fault, or all; hung requests of the cleared faults are dropped. */
  clear(api?: string): void;
  list(): Fault[];
  /** Requests currently held open by `hang`. */
  hung(): number;
}

/** A protocol dialect: its API name (fault/count key), mount prefix and handler. */
interface Dialect {
  api: string;
  prefix: string;
  handler: SimHandler;
  profile?: DialectFaultProfile;
}

export interface RunningSimulator {
  url: string;
  port: number;
  /** The shared engine: every API without a center of its own answers from it. */
  engine: Engine;
  /** The engine each API answers from. */
  engines: Readonly<Record<string, Engine>>;
  clock: SimClock;
  faults: SimFaultControl;
  /** Same as `GET /_sim/requests`. */
  requests(): RequestCounts;
  resetRequests(): void;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const engine = createEngine({
    seed: options.seed ?? DEFAULT_SEED,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    cacheDays: options.cacheDays,
  });
  const clock = options.clock ?? pickClock(options.speed, options.startAtMs);
  const apiNames = ['asternic', 'telecomx', 'enswitch', 'utel', 'telphin'] as const;
  for (const api of Object.keys(options.centers ?? {})) {
    if (!(apiNames as readonly string[]).includes(api)) throw new Error(`no API named ${api}`);
  }
  const engineFor = (api: string): Engine => {
    const center = options.centers?.[api];
    if (!center) return engine;
    return createEngine({
      seed: center.seed ?? engine.seed,
      timeZone: center.timeZone ?? engine.timeZone,
      cacheDays: options.cacheDays,
      agents: center.agents,
      volume: center.volume,
    });
  };
  const engines = Object.fromEntries(apiNames.map((api) => [api, engineFor(api)])) as Record<
    (typeof apiNames)[number],
    Engine
  >;
  const asternic = options.asternic ?? {};
  const dialects: Dialect[] = [
    {
      api: 'asternic',
      prefix: asternic.prefix ?? ASTERNIC_DEFAULT_PREFIX,
      handler: createAsternicHandler({
        engine: engines.asternic,
        credentials: {
          username: asternic.username ?? ASTERNIC_DEFAULT_CREDENTIALS.username,
          password: asternic.password ?? ASTERNIC_DEFAULT_CREDENTIALS.password,
        },
      }),
      profile: asternicFaultProfile(),
    },
    {
      api: 'telecomx',
      prefix: options.telecomx?.prefix ?? TELECOMX_DEFAULT_PREFIX,
      handler: createTelecomxHandler({ ...options.telecomx, engine: engines.telecomx }),
      profile: telecomxFaultProfile(),
    },
    {
      api: 'enswitch',
      prefix: options.enswitch?.prefix ?? ENSWITCH_DEFAULT_PREFIX,
      handler: createEnswitchHandler({ ...options.enswitch, engine: engines.enswitch }),
      profile: enswitchFaultProfile(),
    },
    {
      api: 'utel',
      prefix: options.utel?.prefix ?? UTEL_DEFAULT_PREFIX,
      handler: createUtelHandler({ ...options.utel, engine: engines.utel }),
      profile: utelFaultProfile(),
    },
    {
      api: 'telphin',
      prefix: options.telphin?.prefix ?? TELPHIN_DEFAULT_PREFIX,
      handler: createTelphinHandler({ ...options.telphin, engine: engines.telphin }),
      profile: telphinFaultProfile(options.telphin?.rateLimitPerHour),
    },
  ];
  const apis = dialects.map((d) => d.api);
  const layer = { registry: createFaultRegistry(apis), counter: createRequestCounter(apis) };
  for (const { api, ...spec } of options.faults ?? []) layer.registry.set(api, spec);
  const control = createControlHandler({ ...layer, token: options.controlToken });
  const mounts: Mount[] = [
    {
      prefix: '/_sim',
      handler: (req) => (req.path === '/health' ? health(req.nowMs) : (control(req) ?? notFound())),
    },
    ...dialects.map((d) => ({
      prefix: d.prefix,
      handler: withFaults(d.api, d.handler, layer, d.profile),
    })),
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
    engines,
    clock,
    faults: {
      set: (api, spec) => layer.registry.set(api, spec),
      clear: (api) => layer.registry.clear(api),
      list: () => layer.registry.list(),
      hung: () => layer.registry.hungCount(),
    },
    requests: () => layer.counter.snapshot(),
    resetRequests: () => layer.counter.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        layer.registry.releaseAll();
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
  const signal = clientGone(res);
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
    signal,
  });
  send(res, method, response);
}

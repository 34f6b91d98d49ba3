import { timingSafeEqual } from 'node:crypto';
import type { Engine } from '../../engine/engine';
import { notFound, textResponse, type SimHandler, type SimResponse } from '../../http/router';
import { ACTIVE_SORTS, activeCalls } from './active';
import { createDirectory, ENSWITCH_CUSTOMER_ID, type Directory } from './directory';
import { EnswitchError, failure, ok, QUEUE_NOT_FOUND, toResponse, unauthorized } from './envelope';
import { flagParam, intParam, readParams, type Params } from './params';
import { destinationStatistics, parseRange, queueStatistics, zeroStats } from './stats';

export const ENSWITCH_DEFAULT_PREFIX = '/enswitch';
export const ENSWITCH_DEFAULT_CREDENTIALS = { username: 'callboard', password: 'enswitch-demo' };

/** What `startSimulator({ enswitch })` takes (env SIM_ENSWITCH_USER/PASSWORD). */
export interface EnswitchSettings {
  username?: string;
  password?: string;
  prefix?: string;
}

export interface EnswitchOptions extends EnswitchSettings {
  engine: Engine;
}

interface Ctx {
  engine: Engine;
  directory: Directory;
  params: Params;
  nowMs: number;
}

const FUNCTIONS: Record<string, (ctx: Ctx) => unknown> = {
  'queues/destinations/statistics/get': destinationStats,
  'queues/statistics/get': (ctx) => {
    // Parameters before lookups (README): a bad `start` is a 400 even for an unknown queue.
    const range = parseRange(ctx.params, ctx.nowMs);
    return queueStatistics(ctx.engine, requireQueue(ctx), range, ctx.nowMs);
  },
  'queues/active/list': activeList,
  'queues/destinations/list': destinationList,
};

const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Enswitch JSON API: `<prefix>/api/json/<category>/<action>/`, credentials in every request. */
export function createEnswitchHandler(options: EnswitchOptions): SimHandler {
  const credentials = {
    username: options.username || ENSWITCH_DEFAULT_CREDENTIALS.username,
    password: options.password || ENSWITCH_DEFAULT_CREDENTIALS.password,
  };
  const directory = createDirectory(options.engine);
  return (req): SimResponse => {
    const m = /^\/api\/json\/(.+?)\/*$/.exec(req.path);
    if (!m?.[1]) return notFound();
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) {
      return textResponse(405, 'Method Not Allowed\n');
    }
    const fn = FUNCTIONS[m[1]];
    if (!fn) return failure(404, '', 'No such function.');
    const params = readParams(req);
    const userOk = safeEqual(params.get('auth_username') ?? '', credentials.username);
    const passOk = safeEqual(params.get('auth_password') ?? '', credentials.password);
    if (!userOk || !passOk) return unauthorized();
    try {
      return ok(fn({ engine: options.engine, directory, params, nowMs: req.nowMs }));
    } catch (e) {
      if (e instanceof EnswitchError) return toResponse(e);
      throw e;
    }
  };
}

/** A non-zero `queue` id (0 and absent both mean "not given"). */
const queueId = (params: Params): number | undefined => intParam(params, 'queue') || undefined;

function requireQueue(ctx: Ctx) {
  const id = queueId(ctx.params);
  if (id === undefined) throw new EnswitchError(400, 'queue', 'Required.');
  const queue = ctx.directory.queueById(id);
  if (!queue) throw new EnswitchError(404, 'queue', QUEUE_NOT_FOUND);
  return queue;
}

function destinationStats(ctx: Ctx): unknown {
  const { engine, directory, params, nowMs } = ctx;
  const destinationId = intParam(params, 'destination') || undefined;
  const hasQueue = queueId(params) !== undefined;
  if (destinationId !== undefined && hasQueue) {
    throw new EnswitchError(400, 'queue', 'Specify destination or queue, but not both.');
  }
  if (destinationId === undefined && !hasQueue) {
    throw new EnswitchError(400, 'destination', 'Specify destination or queue.');
  }
  const range = parseRange(params, nowMs);
  if (destinationId !== undefined) {
    const dest = directory.destinationById(destinationId);
    const queue = dest && directory.queueById(dest.queue);
    if (!dest || !queue) {
      throw new EnswitchError(
        404,
        'destination',
        'The destination does not exist, or you do not have permission to view it.',
      );
    }
    return destinationStatistics(engine, queue, [dest], range, nowMs).get(dest) ?? zeroStats();
  }
  const queue = requireQueue(ctx);
  const members = directory.destinations.filter((d) => d.queue === queue.id);
  const stats = destinationStatistics(engine, queue, members, range, nowMs);
  return [...stats]
    .sort(([a], [b]) => (a.dnumber < b.dnumber ? -1 : a.dnumber > b.dnumber ? 1 : 0))
    .map(([d, s]) => ({ dtype: d.dtype, dnumber: d.dnumber, ...s }));
}

function activeList(ctx: Ctx): unknown {
  const { params, directory } = ctx;
  // Parameters before lookups (README): a bad `sort` is a 400 even for an unknown queue.
  const sortRaw = params.get('sort')?.trim() || 'queue_start';
  const sort = ACTIVE_SORTS.find((s) => s === sortRaw);
  if (!sort) throw new EnswitchError(400, 'sort', 'Invalid sort field.');
  const includeAnswered = flagParam(params, 'answered', 0) === 1;
  const descending = flagParam(params, 'descending', 0) === 1;
  const id = queueId(params);
  const customer = intParam(params, 'customer');
  if (id === undefined && customer !== undefined && customer !== ENSWITCH_CUSTOMER_ID) {
    throw new EnswitchError(400, 'customer', 'The customer is invalid.');
  }
  const queue = id === undefined ? null : (directory.queueById(id) ?? null);
  if (id !== undefined && !queue) throw new EnswitchError(404, 'queue', QUEUE_NOT_FOUND);
  const query = { queue, includeAnswered, sort, descending };
  return activeCalls(ctx.engine, directory, query, ctx.nowMs);
}

function destinationList(ctx: Ctx): unknown {
  const { params, directory, engine, nowMs } = ctx;
  const id = queueId(params);
  const dtype = params.get('dtype')?.trim() ?? '';
  const dnumber = params.get('dnumber')?.trim() ?? '';
  const byNumber = dtype !== '' || dnumber !== '';
  if (id !== undefined && byNumber) {
    throw new EnswitchError(
      400,
      'queue',
      'Specify either dtype and dnumber, or queue, but not both.',
    );
  }
  if (id === undefined && !byNumber) throw new EnswitchError(400, 'queue', 'Required.');
  if (byNumber && (dtype === '' || dnumber === '')) {
    throw new EnswitchError(400, dtype === '' ? 'dtype' : 'dnumber', 'Required.');
  }
  if (id !== undefined && !directory.queueById(id)) {
    throw new EnswitchError(404, 'queue', QUEUE_NOT_FOUND);
  }
  const loggedIn = new Set(
    engine
      .liveState(nowMs)
      .agents.filter((a) => a.status !== 'loggedOff')
      .map((a) => a.agentId),
  );
  return directory.destinations
    .filter((d) => (id !== undefined ? d.queue === id : d.dtype === dtype && d.dnumber === dnumber))
    .map((d) => ({
      id: d.id,
      queue: d.queue,
      dtype: d.dtype,
      dnumber: d.dnumber,
      available: loggedIn.has(d.agentId) ? 1 : 0,
      priority: d.priority,
    }));
}

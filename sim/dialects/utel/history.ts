import { createHash } from 'node:crypto';
import type { Engine } from '../../engine/engine';
import { jsonResponse, type SimRequest, type SimResponse } from '../../http/router';
import { STATUS_NAME, TYPE_NAME, type UtelCall } from './calls';
import { createLocalFormatter } from './dates';
import { filteredCalls, perPage, sortCalls } from './history-query';
import { envelope } from './laravel';
import { pageParam, paginate } from './paginator';
import { callsCount } from './stats';

/** Where recordings would live (never served by the simulator). */
const RECORDINGS_BASE = 'https://cc-sim.utel.uz/storage/recordings';

/** `GET /call-history`: filtered, sorted, paginated (Laravel resource collection, no envelope). */
export function callHistory(engine: Engine, req: SimRequest): SimResponse {
  const params = req.url.searchParams;
  let size = 20;
  const calls = filteredCalls(engine, params, req.nowMs, (errors) => {
    size = perPage(params, errors);
  });
  if (!Array.isArray(calls)) return calls;
  const sorted = sortCalls(calls, params);
  if (!Array.isArray(sorted)) return sorted;
  const host = typeof req.headers.host === 'string' ? req.headers.host : '127.0.0.1';
  const local = createLocalFormatter(engine.timeZone);
  const page = {
    path: `http://${host}${req.url.pathname}`,
    query: params,
    page: pageParam(params),
    perPage: size,
  };
  return jsonResponse(
    200,
    paginate(sorted, page, (c) => historyItem(c, local, engine.seed)),
  );
}

/** `GET /statistic/calls-count-by-history`: the calls-count shape over call-history filters. */
export function callsCountByHistory(engine: Engine, req: SimRequest): SimResponse {
  const calls = filteredCalls(engine, req.url.searchParams, req.nowMs);
  if (!Array.isArray(calls)) return calls;
  return envelope(callsCount(calls));
}

/** CallHistoryIndexResource (FACTS §1.5), same key order. */
function historyItem(
  c: UtelCall,
  local: (ms: number) => string,
  seed: number,
): Record<string, unknown> {
  const dateTime = local(c.call.enterMs);
  const day = dateTime.slice(0, 10).replace(/-/g, '/');
  return {
    id: c.id,
    call_id: uuidOf(`${seed}:${c.call.uniqueid}`),
    date_time: dateTime,
    src: c.src,
    dst: c.dst,
    external_number: c.externalNumber,
    duration: Math.round(c.call.durationSec),
    conversation: Math.round(c.call.talkSec),
    type: { number: c.type, name: TYPE_NAME[c.type] },
    status: { number: c.status, name: STATUS_NAME[c.status] },
    recorded_file_url:
      c.call.recording === null ? null : `${RECORDINGS_BASE}/${day}/${c.call.recording}`,
    integration: [],
  };
}

/** Name-based UUID (version 5 layout) so a call keeps its call_id across requests. */
function uuidOf(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

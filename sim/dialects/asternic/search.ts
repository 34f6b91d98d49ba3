import type { Engine } from '../../engine/engine';
import type { CallRecord } from '../../engine/types';
import { isVisibleQueueCall } from './call-flow';
import { createRowDateFormatter, pagedEnvelope, type Row } from './format';
import { ParamError, parseReportQuery, type ReportQuery } from './params';
import { callflowLink } from './reports';

/** Inclusive bounds in seconds; a missing side is open. */
export interface SecondsRange {
  min: number;
  max: number;
}

export interface SearchQuery extends ReportQuery {
  uniqueid: string | null;
  /** Substring of the caller number. */
  clid: string | null;
  did: string | null;
  url: string | null;
  tag: string | null;
  talk: SecondsRange | null;
  wait: SecondsRange | null;
}

const text = (params: URLSearchParams, name: string): string | null => {
  const raw = params.get(name)?.trim() ?? '';
  return raw === '' ? null : raw;
};

/** "10,50", "10," (>= 10), ",50" (<= 50) or "10" (>= 10), whole seconds. */
export function parseRange(params: URLSearchParams, name: string): SecondsRange | null {
  const raw = text(params, name);
  if (raw === null) return null;
  const m = /^(\d{1,9})?\s*(?:,\s*(\d{1,9})?)?$/.exec(raw);
  if (!m || (m[1] === undefined && m[2] === undefined)) {
    throw new ParamError(`Invalid ${name} '${raw}', expected a range like 10,50`);
  }
  return {
    min: m[1] === undefined ? 0 : Number(m[1]),
    max: m[2] === undefined ? Infinity : Number(m[2]),
  };
}

/** The 2.2.0+ filters on top of the report parameters (start/end, seconds, agent, queue, paging). */
export function parseSearchQuery(
  params: URLSearchParams,
  nowMs: number,
  timeZone: string,
): SearchQuery {
  return {
    ...parseReportQuery(params, nowMs, timeZone),
    uniqueid: text(params, 'uniqueid'),
    clid: text(params, 'clid'),
    did: text(params, 'did'),
    url: text(params, 'url'),
    tag: text(params, 'tag'),
    talk: parseRange(params, 'talktime'),
    wait: parseRange(params, 'waittime'),
  };
}

const inRange = (value: number, range: SecondsRange | null): boolean =>
  range === null || (value >= range.min && value <= range.max);

/** Agent as queue_log names it: the member's name, or NONE for calls no agent took. */
const agentOf = (c: CallRecord): string => c.agentName ?? 'NONE';

function matches(c: CallRecord, q: SearchQuery): boolean {
  const queue = c.queue ?? '';
  return (
    (q.queues === null || q.queues.has(queue)) &&
    (q.agents === null || q.agents.has(agentOf(c))) &&
    (q.uniqueid === null || c.uniqueid === q.uniqueid) &&
    (q.clid === null || c.callerNumber.includes(q.clid)) &&
    (q.did === null || c.did === q.did) &&
    // No simulated call carries a URL or a tag, so asking for one finds nothing.
    q.url === null &&
    q.tag === null &&
    inRange(c.talkSec, q.talk) &&
    inRange(c.waitSec, q.wait)
  );
}

/** Queue calls (answered and not) that entered in the range, ended by now and match every filter. */
export function searchCalls(engine: Engine, q: SearchQuery, nowMs: number): CallRecord[] {
  return engine
    .callsBetween(q.fromMs, q.toMs, nowMs)
    .filter((c) => isVisibleQueueCall(c, nowMs) && matches(c, q));
}

export function searchEntity(
  engine: Engine,
  params: URLSearchParams,
  nowMs: number,
): Record<string, unknown> {
  const query = parseSearchQuery(params, nowMs, engine.timeZone);
  const fmt = createRowDateFormatter(engine.timeZone, 'log');
  const rows = searchCalls(engine, query, nowMs).map((c) => searchRow(c, fmt));
  return pagedEnvelope(rows, query.paging);
}

/** Vendor keys in the vendor's order, then the extra keys a live client reads. */
function searchRow(c: CallRecord, fmt: (ms: number) => string): Row {
  const queue = c.queue ?? '';
  const agent = agentOf(c);
  const dateStart = fmt(c.enterMs);
  return {
    firstEvent: 'ENTERQUEUE',
    overflow: '1',
    uniqueid: c.uniqueid,
    callerid: c.callerNumber,
    dateStart,
    dateEnd: fmt(c.endMs),
    event: c.event ?? '',
    agent,
    queue,
    waitTime: String(c.waitSec),
    talkTime: String(c.talkSec),
    combinedWaitTime: String(c.durationSec),
    totalDuration: String(c.durationSec),
    recordingFilename: c.recording ?? '',
    agent_name: agent,
    queue_name: queue,
    callflow: callflowLink(c.uniqueid),
    clid: c.callerNumber,
    queuereal: queue,
    did: c.did ?? '',
    datetime: dateStart,
    queuename: queue,
  };
}

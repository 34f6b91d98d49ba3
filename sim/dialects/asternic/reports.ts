import type { Engine } from '../../engine/engine';
import type { CallRecord } from '../../engine/types';
import { createRowDateFormatter, pagedEnvelope, percent, type Row } from './format';
import type { ReportQuery } from './params';
import {
  answeredByDid,
  answeredByEvent,
  answeredByHoldtime,
  answeredByUrl,
  distributionByQueue,
  groupBy,
  unansweredByQueue,
} from './report-aggregates';

/** Served reports, in the order `entity=reports` lists them (the vendor's list first). */
export const REPORT_NAMES = [
  'answered_calls_detail',
  'answered_calls_by_queue',
  'answered_calls_by_agent',
  'answered_calls_by_url',
  'answered_calls_by_did',
  'answered_calls_by_holdtime',
  'answered_calls_by_event',
  'unanswered_calls_detail',
  'unanswered_calls_by_queue',
  'distribution_by_queue',
] as const;

export type ReportName = (typeof REPORT_NAMES)[number];

export function isReportName(name: string): name is ReportName {
  return (REPORT_NAMES as readonly string[]).includes(name);
}

/** The link Asternic puts in rows; it always names the jQuery web dir. */
export const callflowLink = (uniqueid: string): string =>
  `/asternicjquery/rest/index.php?entity=call/${uniqueid}`;

/** Completed queue calls that entered within the range and match the agent/queue filters. */
function selectCalls(engine: Engine, query: ReportQuery, nowMs: number): CallRecord[] {
  return engine
    .callsBetween(query.fromMs, query.toMs, nowMs)
    .filter(
      (c) =>
        c.direction === 'incoming' &&
        c.queue !== null &&
        (query.queues === null || query.queues.has(c.queue)) &&
        (query.agents === null || (c.agentName !== null && query.agents.has(c.agentName))),
    );
}

export function runReport(
  engine: Engine,
  name: ReportName,
  query: ReportQuery,
  nowMs: number,
): Record<string, unknown> {
  const calls = selectCalls(engine, query, nowMs);
  const answered = calls.filter((c) => c.outcome === 'answered');
  const unanswered = calls.filter((c) => c.outcome !== 'answered');
  const fmt = createRowDateFormatter(engine.timeZone);
  let rows: Row[];
  switch (name) {
    case 'answered_calls_by_queue':
      rows = byQueue(answered);
      break;
    case 'answered_calls_by_agent':
      rows = byAgent(answered);
      break;
    case 'answered_calls_by_url':
      rows = answeredByUrl(answered);
      break;
    case 'answered_calls_by_did':
      rows = answeredByDid(answered);
      break;
    case 'answered_calls_by_event':
      rows = answeredByEvent(answered);
      break;
    case 'answered_calls_by_holdtime':
      rows = answeredByHoldtime(answered);
      break;
    case 'unanswered_calls_by_queue':
      rows = unansweredByQueue(unanswered);
      break;
    case 'distribution_by_queue':
      rows = distributionByQueue(calls);
      break;
    case 'answered_calls_detail':
      rows = answered
        .sort((a, b) => (a.connectMs ?? 0) - (b.connectMs ?? 0))
        .map((c) => answeredRow(c, fmt(c.connectMs ?? c.enterMs)));
      break;
    case 'unanswered_calls_detail':
      rows = unanswered
        .sort((a, b) => a.endMs - b.endMs)
        .map((c) => unansweredRow(c, fmt(c.endMs)));
      break;
  }
  return pagedEnvelope(rows, query.paging);
}

function byQueue(answered: CallRecord[]): Row[] {
  return [...groupBy(answered, (c) => c.queue ?? '')].map(([queue, list]) => ({
    Queue: queue,
    Received: String(list.length),
    '% Calls': percent(list.length, answered.length),
  }));
}

function byAgent(answered: CallRecord[]): Row[] {
  const sum = (list: CallRecord[], f: (c: CallRecord) => number): number =>
    list.reduce((s, c) => s + f(c), 0);
  return [...groupBy(answered, (c) => c.agentName ?? '')].map(([agent, list]) => {
    const talk = sum(list, (c) => c.talkSec);
    const hold = sum(list, (c) => c.waitSec);
    return {
      Agent: agent,
      Calls: String(list.length),
      '% Calls': percent(list.length, answered.length),
      'Call Time': String(talk),
      'Avg Call Time': String(Math.round(talk / list.length)),
      'Hold Time': String(hold),
      'Avg Hold Time': String(Math.round(hold / list.length)),
    };
  });
}

/** Field order and names exactly as the vendor example. */
function answeredRow(c: CallRecord, datetime: string): Row {
  const queue = c.queue ?? '';
  const agent = c.agentName ?? '';
  return {
    datetime,
    queue,
    agent,
    callerid: c.callerNumber,
    event: c.event ?? '',
    waitTime: String(c.waitSec),
    ringTime: String(c.ringSec),
    callTime: String(c.talkSec),
    agentName: agent,
    queueName: queue,
    recording: c.recording ?? '',
    uniqueid: c.uniqueid,
    callflow: callflowLink(c.uniqueid),
    url: '',
    did: c.did ?? '',
  };
}

function unansweredRow(c: CallRecord, datetime: string): Row {
  const queue = c.queue ?? '';
  return {
    datetime,
    queue,
    callerid: c.callerNumber,
    event: c.event ?? '',
    waitTime: String(c.waitSec),
    startPosition: String(c.startPosition ?? ''),
    endPosition: String(c.endPosition ?? ''),
    queueName: queue,
    uniqueid: c.uniqueid,
    callflow: callflowLink(c.uniqueid),
    did: c.did ?? '',
  };
}

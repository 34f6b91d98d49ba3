import { describe, expect, it } from 'vitest';
import {
  AsternicAgentsWire,
  AsternicCallWire,
  AsternicPagedReportWire,
  AsternicQueueSummaryWire,
  AsternicQueuesWire,
  AsternicRealtimeWire,
  AsternicReportsWire,
} from './api-types';
import { mapAgentList, mapQueueList, mapReportNames } from './mapper';
import { readFixture } from '@/lib/testing/fixtures';

function json(name: string): unknown {
  return JSON.parse(readFixture('asternic', name));
}

describe('vendor list examples', () => {
  it('maps the queue list without the ALL and NONE rows', () => {
    const queues = mapQueueList(AsternicQueuesWire.parse(json('queues.json')));
    expect(queues.map((queue) => queue.queue)).toEqual([
      '2000',
      '2001',
      '2002',
      '2003',
      '2005',
      '2006',
      '2007',
      '2009',
    ]);
    expect(queues[0]).toEqual({ queueId: '2', queue: '2000', name: '2000' });
    expect(mapQueueList(AsternicQueuesWire.parse(json('queue-by-id.json')))).toEqual([
      { queueId: '6', queue: '2007', name: '2007' },
    ]);
  });

  it('maps the agent list without ALL, keeping the cut-off last row', () => {
    const agents = mapAgentList(AsternicAgentsWire.parse(json('agents.json')));
    expect(agents.map((agent) => agent.agentId)).toEqual(['6', '16', '14', '7', '11']);
    expect(agents.at(-1)).toEqual({
      agentId: '11',
      agent: 'David Haseholf',
      name: 'David Haseholf',
    });
  });

  it('lists the report names', () => {
    expect(mapReportNames(AsternicReportsWire.parse(json('reports.json')))).toEqual([
      'answered_calls_detail',
      'answered_calls_by_queue',
      'answered_calls_by_agent',
      'answered_calls_by_url',
      'answered_calls_by_did',
      'answered_calls_by_holdtime',
      'answered_calls_by_event',
    ]);
  });

  it('accepts {} for an empty list', () => {
    expect(AsternicQueuesWire.parse({ data: {} }).data).toEqual([]);
  });
});

describe('paged report envelopes', () => {
  it.each([
    ['report-empty.json', 0],
    ['answered-calls-by-queue.json', 6],
    ['answered-calls-detail.json', 3],
    ['search.json', 3],
  ])('%s parses with %i rows', (name, rows) => {
    const report = AsternicPagedReportWire.parse(json(name));
    expect(report.rows).toHaveLength(rows);
  });

  it('keeps label keys and string values as sent', () => {
    const report = AsternicPagedReportWire.parse(json('answered-calls-by-queue.json'));
    expect(report).toMatchObject({ page: '1', total: '1', records: '6' });
    expect(report.rows[0]).toEqual({ Queue: '2000', Received: '165', '% Calls': '71.12' });
  });

  it('parses the call entity', () => {
    const call = AsternicCallWire.parse(json('call.json'));
    expect(call.data.map((row) => row.event)).toEqual(['ENTERQUEUE', 'CONNECT', 'COMPLETEAGENT']);
  });
});

describe('summary version detection', () => {
  it.each([
    [{ Waiting: '0', Agents: '1' }, 'v2'],
    [{ Available: '1', Received: '3' }, 'v2'],
    [{ staffed: '1', callsWaiting: '0' }, 'v1'],
    [{ staffed: '1', Agents: '1' }, 'v2'],
    [{}, 'v2'],
  ])('%j is %s', (summary, version) => {
    expect(AsternicQueueSummaryWire.parse(summary).version).toBe(version);
  });

  it('rejects a realtime answer without a summary', () => {
    expect(AsternicRealtimeWire.safeParse({ agents: {} }).success).toBe(false);
    expect(AsternicRealtimeWire.safeParse({ summary: { queue: 'x' } }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { LiveQueue } from '@/lib/model/live-queues';
import { AgentStats, SummaryData } from '@/lib/model/stats';
import { parseWire } from '@/lib/upstream/parse';
import {
  EnswitchActiveCallListWire,
  EnswitchDestinationStatsListWire,
  EnswitchEnvelopeWire,
  EnswitchQueueDestinationListWire,
} from './api-types';
import { mapAgents, mapLiveQueue, mapSummary, memberStatus } from './mapper';
import { readFixture } from '@/lib/testing/fixtures';

function data(name: string): unknown {
  const text = readFixture('enswitch', name);
  return parseWire('test', EnswitchEnvelopeWire, JSON.parse(text)).data;
}

const stats = (name: string) => parseWire('test', EnswitchDestinationStatsListWire, data(name));
const active = (name: string) => parseWire('test', EnswitchActiveCallListWire, data(name));
const members = (name: string) => parseWire('test', EnswitchQueueDestinationListWire, data(name));

describe('the vendor examples', () => {
  it('reads the envelope: responses with a string code, then data', () => {
    const text = readFixture('enswitch', 'statistics-vendor-destination.json');
    expect(parseWire('test', EnswitchEnvelopeWire, JSON.parse(text))).toEqual({
      responses: [{ code: '200', key: '', message: 'OK' }],
      data: { calls: 10, talktime_sum: 120 },
    });
  });

  it('maps the per-queue example: absent fields are null (D8), never 0', () => {
    const rows = stats('statistics-vendor-queue.json');
    expect(AgentStats.array().parse(mapAgents(rows))).toEqual([
      {
        id: 'phone:1234567',
        name: null,
        extension: '1234567',
        incoming: {
          calls: 10,
          answered: null,
          notAnswered: null,
          durationSeconds: null,
          talkSeconds: null,
        },
        outgoing: null,
      },
      {
        id: 'phone:1234568',
        name: null,
        extension: '1234568',
        incoming: {
          calls: 11,
          answered: null,
          notAnswered: null,
          durationSeconds: null,
          talkSeconds: null,
        },
        outgoing: null,
      },
    ]);
    expect(mapSummary(rows).incoming).toEqual({
      total: null,
      answered: null,
      notAnswered: null,
      busy: null,
      failed: null,
      durationSeconds: null,
      talkSeconds: null,
    });
  });

  it('maps the active-calls example: both legs waiting since the same second', () => {
    const queue = mapLiveQueue(
      { queue: 123, waiting: active('active-list-vendor.json'), members: [], today: [] },
      (1234567890 + 75) * 1000,
    );
    expect(LiveQueue.parse(queue)).toEqual({
      id: '123',
      name: '123',
      waiting: [
        { position: 1, callerNumber: null, callerName: null, waitSeconds: 75 },
        { position: 2, callerNumber: null, callerName: null, waitSeconds: 75 },
      ],
      longestWaitSeconds: 75,
      agents: { total: 0, available: 0, busy: null, paused: null, loggedOff: 0, list: [] },
      today: {
        answered: 0,
        unanswered: null,
        abandoned: null,
        abandonRate: null,
        avgWaitSeconds: null,
        avgTalkSeconds: null,
        maxWaitSeconds: null,
        serviceLevel: null,
      },
    });
  });
});

describe('mapAgents and mapSummary: the simulator fields (D8) over two queues', () => {
  const rows = [...stats('statistics-queue-123.json'), ...stats('statistics-queue-124.json')];

  it('sums a member over queues; numbers may be strings; notAnswered = calls − answered', () => {
    expect(AgentStats.array().parse(mapAgents(rows))).toEqual([
      {
        id: 'phone:101',
        name: null,
        extension: '101',
        incoming: {
          calls: 20,
          answered: 14,
          notAnswered: 6,
          durationSeconds: null,
          talkSeconds: 1860,
        },
        outgoing: null,
      },
      {
        id: 'phone:102',
        name: null,
        extension: '102',
        incoming: {
          calls: 12,
          answered: 12,
          notAnswered: 0,
          durationSeconds: null,
          talkSeconds: 900,
        },
        outgoing: null,
      },
      {
        id: 'sipuri:agent3@pbx.example.com',
        name: null,
        extension: 'agent3@pbx.example.com',
        incoming: { calls: 3, answered: 0, notAnswered: 3, durationSeconds: null, talkSeconds: 0 },
        outgoing: null,
      },
      {
        id: 'peer:2001',
        name: null,
        extension: '2001',
        incoming: {
          calls: 4,
          answered: 3,
          notAnswered: 1,
          durationSeconds: null,
          talkSeconds: null,
        },
        outgoing: null,
      },
    ]);
  });

  it('gives answered calls only: no total, since `calls` counts a call per member rung', () => {
    expect(SummaryData.parse(mapSummary(stats('statistics-queue-123.json')))).toEqual({
      incoming: {
        total: null,
        answered: 21,
        notAnswered: null,
        busy: null,
        failed: null,
        durationSeconds: null,
        talkSeconds: 2160,
      },
      outgoing: null,
      internal: null,
    });
    // One member without talktime_sum makes the sum unknown, not smaller.
    expect(mapSummary(rows).incoming).toMatchObject({ answered: 29, talkSeconds: null });
  });

  it('never makes up a negative miss count from inconsistent figures', () => {
    const odd = parseWire('test', EnswitchDestinationStatsListWire, [
      { dtype: 'phone', dnumber: '1', calls: 2, calls_answered: 3, talktime_sum: 'n/a' },
    ]);
    expect(mapAgents(odd)[0]?.incoming).toEqual({
      calls: 2,
      answered: 3,
      notAnswered: null,
      durationSeconds: null,
      talkSeconds: null,
    });
  });
});

describe('mapLiveQueue: waiting callers, members and today', () => {
  it('maps queue 123 in full', () => {
    const queue = mapLiveQueue(
      {
        queue: 123,
        waiting: active('active-list-123.json'),
        members: members('destinations-list-123.json'),
        today: stats('statistics-queue-123.json'),
      },
      1768300100_000,
    );
    expect(LiveQueue.parse(queue)).toEqual({
      id: '123',
      name: '123',
      // Sorted by queue entry; the repeated leg of call .77 is listed once.
      waiting: [
        { position: 1, callerNumber: '998907654321', callerName: 'ACME LLC', waitSeconds: 88 },
        { position: 2, callerNumber: '998901234567', callerName: null, waitSeconds: 50 },
      ],
      longestWaitSeconds: 88,
      agents: {
        total: 3,
        available: 2,
        busy: null,
        paused: null,
        loggedOff: 1,
        list: [
          { name: '101', status: 'available', paused: false },
          { name: '102', status: 'available', paused: false },
          { name: 'agent3@pbx.example.com', status: 'loggedOff', paused: false },
        ],
      },
      today: {
        answered: 21,
        unanswered: null,
        abandoned: null,
        abandonRate: null,
        avgWaitSeconds: null,
        avgTalkSeconds: 2160 / 21,
        maxWaitSeconds: null,
        serviceLevel: null,
      },
    });
  });

  it('leaves counts unknown when a member state or a wait cannot be read', () => {
    const queue = mapLiveQueue(
      {
        queue: 7,
        waiting: parseWire('test', EnswitchActiveCallListWire, [{ uniqueid: 'x' }]),
        members: parseWire('test', EnswitchQueueDestinationListWire, [
          { dtype: 'phone', dnumber: '1', available: 1 },
          { dtype: 'phone', dnumber: '2' },
        ]),
        today: [],
      },
      0,
    );
    expect(queue.longestWaitSeconds).toBeNull();
    expect(queue.waiting).toEqual([
      { position: 1, callerNumber: null, callerName: null, waitSeconds: null },
    ]);
    expect(queue.agents).toEqual({
      total: 2,
      available: null,
      busy: null,
      paused: null,
      loggedOff: null,
      list: [
        { name: '1', status: 'available', paused: false },
        { name: '2', status: 'unknown', paused: false },
      ],
    });
  });

  it('reads `available` as 1/0 in any of its forms', () => {
    expect([1, '1', true, 0, '0', false, 2, 'yes', null, undefined].map(memberStatus)).toEqual([
      'available',
      'available',
      'available',
      'loggedOff',
      'loggedOff',
      'loggedOff',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('reads data as an array, a keyed object, or absent', () => {
    expect(parseWire('t', EnswitchActiveCallListWire, undefined)).toEqual([]);
    expect(parseWire('t', EnswitchActiveCallListWire, null)).toEqual([]);
    expect(parseWire('t', EnswitchActiveCallListWire, { a: { start: 5 } })).toEqual([{ start: 5 }]);
  });
});

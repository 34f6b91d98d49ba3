import { describe, expect, it } from 'vitest';
import { LiveQueue } from '@/lib/model/live-queues';
import { parseWireCount } from '@/lib/providers/shared/wire-values';
import { AsternicRealtimeWire } from './api-types';
import {
  mapAgent,
  mapDeviceState,
  mapRealtime,
  mapWaitingCallers,
  parseWirePercent,
  parseWireSeconds,
} from './mapper';
import { readFixture } from '@/lib/testing/fixtures';

function realtimeFixture(name: string): LiveQueue[] {
  const text = readFixture('asternic', name);
  const wire = AsternicRealtimeWire.parse(JSON.parse(text));
  return LiveQueue.array().parse(mapRealtime(wire));
}

describe('agent states', () => {
  it.each([
    ['not in use', 'available'],
    ['Not In Use', 'available'],
    ['NOT_INUSE', 'available'],
    ['busy', 'busy'],
    ['in use', 'busy'],
    ['dialout', 'busy'],
    ['on hold', 'busy'],
    ['ringing', 'ringing'],
    ['ring', 'ringing'],
    ['ringinuse', 'ringing'],
    ['unavailable', 'loggedOff'],
    ['invalid', 'loggedOff'],
    ['unknown', 'unknown'],
    ['on break', 'unknown'],
    ['constructor', 'unknown'],
    ['', 'unknown'],
    [null, 'unknown'],
    [undefined, 'unknown'],
  ])('%j → %s', (status, expected) => {
    expect(mapDeviceState(status)).toBe(expected);
  });

  it('shows a paused, logged-in member as paused and keeps the vendor flag', () => {
    expect(mapAgent('A', { status: 'not in use', paused: '1' }).agent).toEqual({
      name: 'A',
      status: 'paused',
      paused: true,
    });
    expect(mapAgent('B', { status: 'busy', paused: 1 }).agent.status).toBe('paused');
    expect(mapAgent('C', { status: 'unavailable', paused: '1' }).agent).toEqual({
      name: 'C',
      status: 'loggedOff',
      paused: true,
    });
    expect(mapAgent('D', { status: 'on break', paused: '1' }).agent.status).toBe('unknown');
    expect(mapAgent('E', { status: 'busy' }).agent.paused).toBe(false);
  });
});

describe('mapRealtime with agent lists', () => {
  const [q100, q200, q300] = realtimeFixture('realtime-agents.json');

  it('counts from the member list, not the summary, when every state is known', () => {
    expect(q100?.agents).toEqual({
      total: 8,
      available: 1,
      busy: 3,
      paused: 2,
      loggedOff: 2,
      list: [
        { name: 'Alice', status: 'available', paused: false },
        { name: 'Bob', status: 'busy', paused: false },
        { name: 'Carol', status: 'ringing', paused: false },
        { name: 'Dave', status: 'paused', paused: true },
        { name: 'Eve', status: 'loggedOff', paused: false },
        { name: 'Frank', status: 'paused', paused: true },
        { name: 'Grace', status: 'busy', paused: false },
        { name: 'Heidi', status: 'loggedOff', paused: true },
      ],
    });
  });

  it('sorts waiting callers by position and nulls empty caller ids', () => {
    expect(q100?.waiting).toEqual([
      { position: 1, callerNumber: '32080805', callerName: 'Jane Roe', waitSeconds: 47 },
      { position: 2, callerNumber: null, callerName: null, waitSeconds: 31 },
    ]);
    expect(q100?.longestWaitSeconds).toBe(47);
  });

  it('falls back to the summary counts when a state is unknown', () => {
    expect(q200?.agents).toEqual({
      total: 2,
      available: null,
      busy: 0,
      paused: 1,
      loggedOff: 0,
      list: [
        { name: 'Yan', status: 'available', paused: false },
        { name: 'Zed', status: 'unknown', paused: true },
      ],
    });
  });

  it('keeps a queue that appears only in the agents section, with unknown figures', () => {
    expect(q300).toEqual({
      id: '300',
      name: '300',
      waiting: [],
      longestWaitSeconds: null,
      agents: {
        total: 1,
        available: 0,
        busy: 1,
        paused: 0,
        loggedOff: 0,
        list: [{ name: 'Walt', status: 'busy', paused: false }],
      },
      today: {
        answered: null,
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

describe('garbage values become null, never 0', () => {
  it('maps a summary full of garbage to nulls', () => {
    const garbage = {
      Waiting: 'x',
      Agents: '-3',
      'Logged Off': '1.5',
      Busy: '',
      Paused: null,
      Answered: 'NaN',
      Unanswered: '1e3',
      Abandoned: '12abc',
      'Abandon Rate': '140 %',
      'Avg Wait': '-4',
      'Avg Duration': '1:2:3',
      'Max. wait time': 'soon',
    };
    const wire = AsternicRealtimeWire.parse({
      'waiting calls': {},
      summary: { queue: { q: garbage } },
    });
    const [queue] = mapRealtime(wire);
    expect(queue?.agents).toEqual({
      total: null,
      available: null,
      busy: null,
      paused: null,
      loggedOff: null,
      list: [],
    });
    expect(Object.values(queue?.today ?? {})).toEqual(Array(8).fill(null));
    expect(queue?.longestWaitSeconds).toBeNull();
  });

  it('parses the scalar forms the vendor uses', () => {
    expect([parseWireCount('7'), parseWireCount(7), parseWireCount(' 7 ')]).toEqual([7, 7, 7]);
    expect([parseWireCount('-1'), parseWireCount('2.5'), parseWireCount('')]).toEqual([
      null,
      null,
      null,
    ]);
    expect([parseWirePercent('3.17 %'), parseWirePercent('3.17'), parseWirePercent(3.17)]).toEqual([
      3.17, 3.17, 3.17,
    ]);
    expect([parseWirePercent('3,17 %'), parseWirePercent('101')]).toEqual([null, null]);
    expect([parseWireSeconds('80'), parseWireSeconds('00:01:20'), parseWireSeconds(80)]).toEqual([
      80, 80, 80,
    ]);
    expect([parseWireSeconds('100:00:01'), parseWireSeconds('01:20')]).toEqual([360001, null]);
    expect([parseWireSeconds('00:61:00'), parseWireSeconds(Number.NaN)]).toEqual([null, null]);
  });

  it('falls back to list order when positions are not usable keys', () => {
    const callers = mapWaitingCallers({
      '0': { calleridNum: 1, waitTime: 'x' },
      '1': { calleridNum: '2', waitTime: '9' },
    });
    expect(callers).toEqual([
      { position: 1, callerNumber: '1', callerName: null, waitSeconds: null },
      { position: 2, callerNumber: '2', callerName: null, waitSeconds: 9 },
    ]);
  });
});

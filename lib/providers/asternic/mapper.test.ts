import { describe, expect, it } from 'vitest';
import { LiveQueue, type QueueToday } from '@/lib/model/live-queues';
import { parseWire } from '@/lib/upstream/parse';
import { AsternicRealtimeWire } from './api-types';
import { parseRealtimeText } from './client';
import { mapRealtime } from './mapper';
import { readFixture } from '@/lib/testing/fixtures';

function fixture(name: string): string {
  return readFixture('asternic', name);
}

function realtime(text: string): LiveQueue[] {
  const { value } = parseRealtimeText('test', text);
  const queues = mapRealtime(parseWire('test', AsternicRealtimeWire, value));
  // Whatever the vendor sends, the result must satisfy the normalized contract.
  return LiveQueue.array().parse(queues);
}

const quietDay: QueueToday = {
  answered: 0,
  unanswered: 0,
  abandoned: 0,
  abandonRate: 0,
  avgWaitSeconds: 0,
  avgTalkSeconds: 0,
  maxWaitSeconds: null,
  serviceLevel: null,
};

describe('mapRealtime: the vendor example', () => {
  it('maps the malformed vendor text in full', () => {
    const { quirks } = parseRealtimeText('test', fixture('realtime-vendor-malformed.txt'));
    expect(quirks).toEqual(['glued-objects']);
    // Integer-like queue names come first: that is JavaScript's key order for parsed objects.
    expect(realtime(fixture('realtime-vendor-malformed.txt'))).toEqual([
      {
        id: '100',
        name: '100',
        waiting: [
          { position: 1, callerNumber: 'asterisk', callerName: 'asterisk', waitSeconds: 2 },
        ],
        longestWaitSeconds: 2,
        agents: { total: 2, available: null, busy: 0, paused: 0, loggedOff: 1, list: [] },
        today: quietDay,
      },
      {
        id: '101',
        name: '101',
        waiting: [],
        longestWaitSeconds: 0,
        agents: { total: 1, available: null, busy: 0, paused: 0, loggedOff: 0, list: [] },
        today: quietDay,
      },
      {
        id: '102',
        name: '102',
        waiting: [
          { position: 1, callerNumber: '32080805', callerName: '32080805', waitSeconds: 17 },
        ],
        longestWaitSeconds: 17,
        agents: { total: 1, available: null, busy: 0, paused: 0, loggedOff: 0, list: [] },
        today: quietDay,
      },
      {
        id: '103',
        name: '103',
        waiting: [],
        longestWaitSeconds: 0,
        // The vendor's numbers: `Agents` 0 and `Logged Off` 1, so `Agents` counts logged-in members.
        agents: { total: 1, available: null, busy: 0, paused: 0, loggedOff: 1, list: [] },
        today: quietDay,
      },
      {
        id: 'OUTBOUND',
        name: 'OUTBOUND',
        waiting: [],
        longestWaitSeconds: 0,
        agents: { total: 0, available: null, busy: 0, paused: 0, loggedOff: 0, list: [] },
        today: quietDay,
      },
      {
        id: 'Test',
        name: 'Test',
        waiting: [],
        longestWaitSeconds: 0,
        agents: { total: 0, available: null, busy: 0, paused: 0, loggedOff: 0, list: [] },
        today: quietDay,
      },
      {
        id: 'saliente',
        name: 'saliente',
        waiting: [],
        longestWaitSeconds: 0,
        agents: { total: 0, available: null, busy: 0, paused: 0, loggedOff: 0, list: [] },
        today: quietDay,
      },
    ]);
  });

  it('reads the same data from the one-object form the live endpoint returns', () => {
    const repaired = JSON.stringify(
      parseRealtimeText('test', fixture('realtime-vendor-malformed.txt')).value,
    );
    expect(parseRealtimeText('test', repaired).quirks).toEqual([]);
    expect(realtime(repaired)).toEqual(realtime(fixture('realtime-vendor-malformed.txt')));
  });
});

describe('mapRealtime: variants', () => {
  it('treats [] and {} alike at every level', () => {
    const arrays = fixture('realtime-empty-arrays.json');
    const objects = arrays.replaceAll('[]', '{}');
    expect(objects).not.toContain('[]');
    expect(realtime(arrays)).toEqual(realtime(objects));
    expect(realtime(arrays)).toEqual([
      {
        id: '100',
        name: '100',
        waiting: [],
        longestWaitSeconds: 0,
        agents: { total: 3, available: null, busy: 0, paused: 0, loggedOff: 1, list: [] },
        today: {
          answered: 7,
          unanswered: 1,
          abandoned: 1,
          abandonRate: 12.5,
          avgWaitSeconds: 9,
          avgTalkSeconds: 95,
          maxWaitSeconds: null,
          serviceLevel: null,
        },
      },
      {
        id: '101',
        name: '101',
        waiting: [{ position: 1, callerNumber: '5551234', callerName: null, waitSeconds: 5 }],
        longestWaitSeconds: 5,
        agents: { total: 1, available: null, busy: 1, paused: 0, loggedOff: 0, list: [] },
        today: {
          answered: 3,
          unanswered: 0,
          abandoned: 0,
          abandonRate: 0,
          avgWaitSeconds: 4,
          avgTalkSeconds: 60,
          maxWaitSeconds: null,
          serviceLevel: null,
        },
      },
    ]);
  });

  it('accepts empty top-level sections as []', () => {
    const text = '{"waiting calls": [], "summary": {"queue": []}, "agents": []}';
    expect(realtime(text)).toEqual([]);
  });

  it('reads version 1 summary keys', () => {
    expect(realtime(fixture('realtime-v1.json'))).toEqual([
      {
        id: 'sales',
        name: 'sales',
        waiting: [
          { position: 1, callerNumber: '4787574818', callerName: 'ACME Corp', waitSeconds: 45 },
          { position: 2, callerNumber: '2568314606', callerName: '2568314606', waitSeconds: 12 },
        ],
        longestWaitSeconds: 45,
        // v1 has no member total, logged-off or available count: null rather than a guess.
        agents: { total: null, available: null, busy: 1, paused: 1, loggedOff: null, list: [] },
        today: {
          answered: 42,
          unanswered: 5,
          abandoned: null,
          abandonRate: 10.64,
          avgWaitSeconds: 18,
          avgTalkSeconds: 125,
          maxWaitSeconds: null,
          serviceLevel: null,
        },
      },
    ]);
  });

  it('reads the newer UI keys, "3.17 %" and "00:01:20"', () => {
    const [support, billing] = realtime(fixture('realtime-newer-ui.json'));
    expect(support).toEqual({
      id: 'support',
      name: 'support',
      waiting: [],
      longestWaitSeconds: 0,
      // Without `Logged Off` the member total is unknown: `Agents` counts logged-in ones only.
      agents: { total: null, available: 2, busy: 1, paused: 1, loggedOff: null, list: [] },
      today: {
        answered: 61,
        unanswered: null,
        abandoned: 2,
        abandonRate: 3.17,
        avgWaitSeconds: 12,
        avgTalkSeconds: 80,
        maxWaitSeconds: null,
        serviceLevel: null,
      },
    });
    // "-1" is the newer UI's "not known".
    expect(billing?.agents.available).toBeNull();
    expect(billing?.today.abandonRate).toBe(0);
  });
});

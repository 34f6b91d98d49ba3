import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../engine/clock';
import type { CallRecord } from '../../engine/types';
import { startSimulator, type RunningSimulator } from '../../server';
import { createRowDateFormatter } from './format';
import {
  allStrings,
  asternicClient,
  NOW,
  queueCalls,
  TODAY,
  TZ,
  YESTERDAY,
  type Envelope,
} from './test-kit';

interface CallFlow {
  totalpages: string;
  currpage: string;
  totalrecords: string;
  data: Record<string, string>[];
}

const clock = manualClock(NOW);
let sim: RunningSimulator;
const client = asternicClient(() => sim.url);
const fmt = createRowDateFormatter(TZ, 'log');
const EMPTY = { totalpages: '0', currpage: '1', totalrecords: '0', data: [] };
const KEYS = ['id', 'uniqueid', 'datetime', 'queue', 'agent', 'event'];
const INFO = ['info1', 'info2', 'info3', 'info4', 'info5'];

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock });
});
afterAll(async () => {
  await sim.close();
});

const flow = (uniqueid: string): Promise<CallFlow> => client.entity<CallFlow>(`call/${uniqueid}`);
const infos = (row: Record<string, string> | undefined): string[] =>
  INFO.map((k) => row?.[k] ?? 'missing');
const yesterday = (): CallRecord[] => queueCalls(sim.engine, [YESTERDAY, 0], [TODAY, 0]);
const pick = (pred: (c: CallRecord) => boolean): CallRecord => {
  const found = yesterday().find(pred);
  if (!found) throw new Error('no such call in the fixture day');
  return found;
};

describe('asternic call/<uniqueid>', () => {
  it('shows an answered call as ENTERQUEUE, CONNECT, COMPLETE* with the vendor row shape', async () => {
    const call = pick((c) => c.event === 'COMPLETEAGENT' && (c.startPosition ?? 0) > 1);
    const body = await flow(call.uniqueid);
    expect(Object.keys(body)).toEqual(['totalpages', 'currpage', 'totalrecords', 'data']);
    expect(body).toMatchObject({ totalpages: '1', currpage: '1', totalrecords: '3' });
    expect(allStrings(body.data)).toBe(true);
    const [enter, connect, complete] = body.data;
    expect(Object.keys(enter ?? {})).toEqual([...KEYS, ...INFO, 'agentName', 'queueName']);
    expect(body.data.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(body.data.every((r) => r.uniqueid === call.uniqueid && r.queue === call.queue)).toBe(
      true,
    );
    expect(body.data.every((r) => r.queueName === call.queue)).toBe(true);
    expect(enter).toMatchObject({ event: 'ENTERQUEUE', agent: 'NONE', agentName: 'NONE' });
    expect(enter?.datetime).toBe(fmt(call.enterMs));
    expect(enter?.datetime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(infos(enter)).toEqual(['', call.callerNumber, String(call.startPosition), '', '']);
    expect(connect).toMatchObject({ event: 'CONNECT', agent: call.agentName });
    expect(connect?.datetime).toBe(fmt(call.connectMs ?? 0));
    const wait = String(call.waitSec);
    expect(infos(connect)).toEqual([wait, call.agentLegUniqueid, String(call.ringSec), '', '']);
    expect(complete).toMatchObject({ event: 'COMPLETEAGENT', agentName: call.agentName });
    expect(complete?.datetime).toBe(fmt(call.endMs));
    expect(infos(complete)).toEqual([
      wait,
      String(call.talkSec),
      String(call.startPosition),
      '',
      '',
    ]);
  });

  it('logs TRANSFER as extension|context|holdtime|calltime|origposition', async () => {
    const call = pick((c) => c.event === 'TRANSFER');
    const body = await flow(call.uniqueid);
    const last = body.data[2];
    expect(last?.event).toBe('TRANSFER');
    const extensions = sim.engine.backOffice.map((b) => b.extension);
    expect(extensions).toContain(last?.info1);
    expect(infos(last).slice(1)).toEqual([
      'from-internal',
      String(call.waitSec),
      String(call.talkSec),
      String(call.startPosition),
    ]);
  });

  it('logs every unanswered exit with position|origposition|waittime (EXITWITHKEY: key first)', async () => {
    for (const event of ['ABANDON', 'EXITWITHTIMEOUT', 'EXITEMPTY', 'EXITWITHKEY'] as const) {
      const call = pick((c) => c.event === event);
      const body = await flow(call.uniqueid);
      const last = body.data[body.data.length - 1];
      expect(body.data[0]?.event).toBe('ENTERQUEUE');
      expect(last).toMatchObject({ event, agent: 'NONE', datetime: fmt(call.endMs) });
      const info = [String(call.endPosition), String(call.startPosition), String(call.waitSec)];
      expect(infos(last)).toEqual(event === 'EXITWITHKEY' ? ['0', ...info, ''] : [...info, '', '']);
      expect(body.totalrecords).toBe(String(body.data.length));
    }
  });

  it('adds RINGCANCELED (ring time in ms) for the member rung when the caller left', async () => {
    const day = sim.engine.day(YESTERDAY);
    const unanswered = new Map(
      yesterday()
        .filter((c) => c.outcome !== 'answered')
        .map((c) => [c.uniqueid, c]),
    );
    const rings = [...day.agents.values()].flatMap((a) =>
      a.activities
        .filter((x) => x.phase === 'ringing' && unanswered.has(x.uniqueid))
        .map((x) => ({ ...x, agentId: a.agentId })),
    );
    expect(rings.length).toBeGreaterThan(0);
    for (const ring of rings) {
      const body = await flow(ring.uniqueid);
      expect(body.data.map((r) => r.event)).toEqual([
        'ENTERQUEUE',
        'RINGCANCELED',
        unanswered.get(ring.uniqueid)?.event,
      ]);
      const name = sim.engine.agents.find((a) => a.id === ring.agentId)?.name;
      expect(body.data[1]).toMatchObject({ agent: name, info1: String(ring.endMs - ring.startMs) });
    }
    const plain = pick(
      (c) => c.event === 'ABANDON' && !rings.some((r) => r.uniqueid === c.uniqueid),
    );
    expect((await flow(plain.uniqueid)).data.map((r) => r.event)).toEqual([
      'ENTERQUEUE',
      'ABANDON',
    ]);
  });

  it('resolves the callflow links of the detail reports', async () => {
    const detail = await client.entity<Envelope>(
      `reports/answered_calls_detail&start=${YESTERDAY}&end=${YESTERDAY}&rows=5`,
    );
    for (const row of detail.rows) {
      const link = row.callflow ?? '';
      const query = link.slice(link.indexOf('?') + 1);
      const res = await client.get(query);
      expect((res.body as CallFlow).totalrecords).toBe('3');
    }
  });

  it('pages with page/rows', async () => {
    const call = pick((c) => c.event === 'COMPLETECALLER');
    const page2 = await client.entity<CallFlow>(`call/${call.uniqueid}&rows=1&page=2`);
    expect(page2).toMatchObject({ totalpages: '3', currpage: '2', totalrecords: '3' });
    expect(page2.data.map((r) => [r.id, r.event])).toEqual([['2', 'CONNECT']]);
    expect((await client.get(`entity=call/${call.uniqueid}&rows=0`)).status).toBe(400);
  });

  it('answers unknown, non-queue, agent-leg and malformed ids with the empty page (200)', async () => {
    const answered = pick((c) => c.outcome === 'answered');
    const outgoing = sim.engine.day(YESTERDAY).calls.find((c) => c.direction === 'outgoing');
    const ids = [
      '1763400000.1',
      answered.agentLegUniqueid ?? '',
      outgoing?.uniqueid ?? '',
      'nope',
      '',
      '99999999999.1',
    ];
    for (const id of ids) {
      const res = await client.get(`entity=call/${encodeURIComponent(id)}`);
      expect(res.status, id).toBe(200);
      expect(res.text).toBe(JSON.stringify(EMPTY));
    }
  });

  it('shows a call only once it has ended, and counts lookups under one key', async () => {
    const live = sim.engine
      .day(TODAY)
      .calls.find((c) => c.queue !== null && c.enterMs < NOW && c.endMs > NOW);
    if (!live) throw new Error('no call in progress at NOW');
    expect(await flow(live.uniqueid)).toEqual(EMPTY);
    clock.set(live.endMs);
    try {
      expect((await flow(live.uniqueid)).totalrecords).not.toBe('0');
    } finally {
      clock.set(NOW);
    }
    const byPath = sim.requests().byApi.asternic?.byPath ?? {};
    expect(Object.keys(byPath).filter((k) => k.includes('entity=call'))).toEqual([
      '/rest/index.php?entity=call/{uniqueid}',
    ]);
  });
});

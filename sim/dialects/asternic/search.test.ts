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

let sim: RunningSimulator;
const client = asternicClient(() => sim.url);
const fmt = createRowDateFormatter(TZ, 'log');
const DAY = `start=${YESTERDAY}&end=${YESTERDAY}`;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock: manualClock(NOW) });
});
afterAll(async () => {
  await sim.close();
});

const search = (query: string): Promise<Envelope> => client.entity<Envelope>(`search&${query}`);
const ids = (env: Envelope): string[] => env.rows.map((r) => r.uniqueid ?? '');
const truthDay = (): CallRecord[] => queueCalls(sim.engine, [YESTERDAY, 0], [TODAY, 0]);
const truthIds = (pred: (c: CallRecord) => boolean): string[] =>
  truthDay()
    .filter(pred)
    .map((c) => c.uniqueid);

describe('asternic search', () => {
  it('lists every completed queue call of the range with the vendor row shape', async () => {
    const env = await search(DAY);
    expect(env).toMatchObject({ page: '1', total: '1' });
    expect(ids(env)).toEqual(truthIds(() => true));
    expect(env.records).toBe(String(env.rows.length));
    expect(allStrings(env.rows)).toBe(true);
    expect(Object.keys(env.rows[0] ?? {})).toEqual([
      'firstEvent',
      'overflow',
      'uniqueid',
      'callerid',
      'dateStart',
      'dateEnd',
      'event',
      'agent',
      'queue',
      'waitTime',
      'talkTime',
      'combinedWaitTime',
      'totalDuration',
      'recordingFilename',
      'agent_name',
      'queue_name',
      'callflow',
      'clid',
      'queuereal',
      'did',
      'datetime',
      'queuename',
    ]);
    const byId = new Map(truthDay().map((c) => [c.uniqueid, c]));
    for (const row of env.rows) {
      const c = byId.get(row.uniqueid ?? '');
      if (!c) throw new Error('row without a call');
      const agent = c.agentName ?? 'NONE';
      expect(row).toMatchObject({
        firstEvent: 'ENTERQUEUE',
        overflow: '1',
        callerid: c.callerNumber,
        clid: c.callerNumber,
        dateStart: fmt(c.enterMs),
        datetime: fmt(c.enterMs),
        dateEnd: fmt(c.endMs),
        event: c.event,
        agent,
        agent_name: agent,
        queue: c.queue,
        queue_name: c.queue,
        queuereal: c.queue,
        queuename: c.queue,
        waitTime: String(c.waitSec),
        talkTime: String(c.talkSec),
        combinedWaitTime: String(c.durationSec),
        totalDuration: String(c.durationSec),
        recordingFilename: c.outcome === 'answered' ? `${c.uniqueid}.wav` : '',
        did: c.did,
        callflow: `/asternicjquery/rest/index.php?entity=call/${c.uniqueid}`,
      });
      expect(row.dateStart).toMatch(/^2025-11-17 \d{2}:\d{2}:\d{2}$/);
    }
  });

  it('filters by agent (NONE = unanswered), queue, uniqueid, clid and did', async () => {
    const sample = truthDay().find((c) => c.outcome === 'answered' && c.queue === 'sales');
    if (!sample) throw new Error('fixture day has no answered sales call');
    const agent = sample.agentName ?? '';
    const byAgent = await search(`${DAY}&agent=${encodeURIComponent(agent)}`);
    expect(ids(byAgent)).toEqual(truthIds((c) => c.agentName === agent));
    const none = await search(`${DAY}&agent=NONE`);
    expect(ids(none)).toEqual(truthIds((c) => c.outcome !== 'answered'));
    expect(ids(await search(`${DAY}&agent=ALL`)).length).toBe(truthDay().length);
    const q = await search(`${DAY}&queue=sales,600`);
    expect(ids(q)).toEqual(truthIds((c) => c.queue === 'sales' || c.queue === '600'));
    expect(ids(await search(`${DAY}&uniqueid=${sample.uniqueid}`))).toEqual([sample.uniqueid]);
    const part = sample.callerNumber.slice(2, 7);
    const clid = await search(`${DAY}&clid=${part}`);
    expect(ids(clid)).toEqual(truthIds((c) => c.callerNumber.includes(part)));
    const did = await search(`${DAY}&did=${sample.did ?? ''}`);
    expect(ids(did)).toEqual(truthIds((c) => c.did === sample.did));
    expect((await search(`${DAY}&url=www.example.com`)).records).toBe('0');
    expect((await search(`${DAY}&tag=vip`)).records).toBe('0');
  });

  it('filters talktime and waittime ranges (inclusive, open ends)', async () => {
    const talk = await search(`${DAY}&talktime=10,50`);
    expect(ids(talk)).toEqual(truthIds((c) => c.talkSec >= 10 && c.talkSec <= 50));
    expect(Number(talk.records)).toBeGreaterThan(0);
    const wait = await search(`${DAY}&waittime=30,60`);
    expect(ids(wait)).toEqual(truthIds((c) => c.waitSec >= 30 && c.waitSec <= 60));
    expect(Number(wait.records)).toBeGreaterThan(0);
    expect(ids(await search(`${DAY}&waittime=120,`))).toEqual(truthIds((c) => c.waitSec >= 120));
    expect(ids(await search(`${DAY}&waittime=120`))).toEqual(truthIds((c) => c.waitSec >= 120));
    expect(ids(await search(`${DAY}&talktime=,0`))).toEqual(truthIds((c) => c.talkSec === 0));
    expect((await search(`${DAY}&talktime=50,10`)).records).toBe('0');
  });

  it('pages with page/rows', async () => {
    const all = await search(DAY);
    const page = await search(`${DAY}&rows=50&page=3`);
    expect(page).toMatchObject({ page: '3', records: all.records });
    expect(page.total).toBe(String(Math.ceil(Number(all.records) / 50)));
    expect(page.rows).toEqual(all.rows.slice(100, 150));
  });

  it('matches ground truth across midnight and a month boundary', async () => {
    const night = await search(
      `start=2025-11-16&end=2025-11-17&secondsstart=${23 * 3600}&secondsend=${3600 - 1}`,
    );
    const truth = queueCalls(sim.engine, ['2025-11-16', 23 * 3600], [YESTERDAY, 3600]);
    expect(ids(night)).toEqual(truth.map((c) => c.uniqueid));
    expect(new Set(night.rows.map((r) => r.dateStart?.slice(0, 10)))).toEqual(
      new Set(['2025-11-16', '2025-11-17']),
    );
    const month = await search('start=2025-10-31&end=2025-11-01');
    const monthTruth = queueCalls(sim.engine, ['2025-10-31', 0], ['2025-11-02', 0]);
    expect(month.records).toBe(String(monthTruth.length));
  });

  it('defaults to today and hides calls still in progress', async () => {
    const today = await search('');
    const truth = queueCalls(sim.engine, [TODAY, 0], ['2025-11-19', 0]);
    expect(ids(today)).toEqual(truth.map((c) => c.uniqueid));
    expect(today.rows.every((r) => (r.dateEnd ?? '') <= fmt(NOW))).toBe(true);
  });

  it('rejects malformed filters with 400 JSON and a sub-path with 404', async () => {
    for (const q of [
      'talktime=abc',
      'waittime=1,2,3',
      'waittime=,',
      'start=2025-02-30',
      'rows=0',
    ]) {
      const res = await client.get(`entity=search&${q}`);
      expect(res.status, q).toBe(400);
      expect(typeof (res.body as { error?: unknown }).error).toBe('string');
    }
    expect((await client.get('entity=search/x')).status).toBe(404);
  });

  it('drops rows (search) and data (call) under the schema-missing fault', async () => {
    sim.faults.set('asternic', { mode: 'schema-missing' });
    try {
      const found = (await client.get(`entity=search&${DAY}&rows=1`)).body as Record<
        string,
        unknown
      >;
      expect(found).toMatchObject({ page: '1', records: String(truthDay().length) });
      expect('rows' in found).toBe(false);
      const id = truthDay()[0]?.uniqueid ?? '';
      const flow = (await client.get(`entity=call/${id}`)).body as Record<string, unknown>;
      expect(Object.keys(flow)).toEqual(['totalpages', 'currpage', 'totalrecords']);
    } finally {
      sim.faults.clear();
    }
  });
});

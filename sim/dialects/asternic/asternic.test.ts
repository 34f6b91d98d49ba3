import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { manualClock } from '../../engine/clock';
import { localTimeMs } from '../../engine/zoned-time';
import { startSimulator, type RunningSimulator } from '../../server';
import {
  allStrings,
  asternicClient,
  AUTH as auth,
  NOW,
  TODAY,
  TZ,
  type Envelope,
} from './test-kit';

const clock = manualClock(NOW);
let sim: RunningSimulator;
let base: string;
const { get } = asternicClient(() => sim.url);

type Json = Record<string, unknown>;

async function report(query: string): Promise<Envelope> {
  const { status, body } = await get(`entity=reports/${query}`);
  expect(status).toBe(200);
  return body as Envelope;
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock });
  base = `${sim.url}/asternic/stats/rest/index.php`;
});
afterAll(async () => {
  await sim.close();
});

describe('asternic auth and errors', () => {
  it('answers 401 with a Basic challenge and a non-JSON body', async () => {
    const variants: Record<string, string>[] = [
      {},
      { authorization: `Basic ${btoa('wallboard:nope')}` },
      { authorization: 'Bearer x' },
    ];
    for (const headers of variants) {
      const res = await fetch(`${base}?entity=realtime`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="[^"]+"$/);
      expect(res.headers.get('content-type')).not.toMatch(/json/);
      const text = await res.text();
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('rejects bad parameters and unknown entities with 4xx JSON errors', async () => {
    const cases: [string, number][] = [
      ['entity=reports/answered_calls_detail&start=2024-13-45', 400],
      ['entity=reports/answered_calls_detail&end=yesterday', 400],
      ['entity=reports/answered_calls_detail&rows=0', 400],
      ['entity=reports/answered_calls_detail&page=-1', 400],
      ['entity=reports/answered_calls_detail&secondsstart=abc', 400],
      ['entity=reports/answered_calls_detail&start=2020-01-01&end=2025-01-01', 400],
      ['entity=reports/no_such_report', 404],
      ['entity=bogus', 404],
      ['', 400],
    ];
    for (const [query, status] of cases) {
      const res = await get(query);
      expect(res.status, query).toBe(status);
      expect(typeof (res.body as Json).error).toBe('string');
    }
  });

  it('serves health without auth, 404 elsewhere, 405 for POST, 400 for garbage', async () => {
    const health = (await (await fetch(`${sim.url}/_sim/health`)).json()) as Json;
    expect(health).toEqual({ ok: true, now: new Date(NOW).toISOString() });
    expect((await fetch(`${sim.url}/nothing`)).status).toBe(404);
    expect((await fetch(`${sim.url}/asternic/stats/other.php`, { headers: auth })).status).toBe(
      404,
    );
    const post = await fetch(`${base}?entity=realtime`, {
      method: 'POST',
      headers: auth,
      body: 'x',
    });
    expect(post.status).toBe(405);
    const net = await import('node:net');
    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect(sim.port, '127.0.0.1', () =>
        socket.write('NOT HTTP AT ALL\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (d) => (data += d.toString()));
      socket.on('close', () => resolve(data));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
  });
});

describe('asternic catalog entities', () => {
  it('lists exactly the served reports', async () => {
    const { body } = await get('entity=reports');
    const names = (body as { data: { report: string }[] }).data.map((r) => r.report).sort();
    expect(names).toEqual([
      'answered_calls_by_agent',
      'answered_calls_by_did',
      'answered_calls_by_event',
      'answered_calls_by_holdtime',
      'answered_calls_by_queue',
      'answered_calls_by_url',
      'answered_calls_detail',
      'distribution_by_queue',
      'unanswered_calls_by_queue',
      'unanswered_calls_detail',
    ]);
  });

  it('lists queues and agents with ALL/NONE pseudo rows, and single rows by id', async () => {
    const queues = ((await get('entity=queues')).body as { data: Record<string, string>[] }).data;
    expect(queues.map((q) => q.queue)).toEqual([
      '600',
      '700',
      'billing',
      'sales',
      'support',
      'ALL',
      'NONE',
    ]);
    expect(queues.find((q) => q.queue === 'ALL')?.queue_id).toBe('-1');
    expect(allStrings(queues)).toBe(true);
    expect((await get('entity=queues/1')).body).toEqual({
      data: [{ queue_id: '1', queue: 'support', queue_name: 'support' }],
    });
    expect((await get('entity=queues/999')).body).toEqual({ data: [] });
    const agents = ((await get('entity=agents')).body as { data: Record<string, string>[] }).data;
    expect(agents[0]).toEqual({ agent_id: '-1', agent: 'ALL', agent_name: 'ALL' });
    expect(agents.some((a) => a.agent === 'NONE')).toBe(true);
    expect(agents.length).toBe(sim.engine.agents.length + 2);
    expect((await get('entity=agents/11')).body).toEqual({
      data: [{ agent_id: '11', agent: 'Dilnoza Karimova', agent_name: 'Dilnoza Karimova' }],
    });
  });
});

describe('asternic reports', () => {
  const YESTERDAY = '2025-11-17';

  it('answered_calls_by_queue matches ground truth for a past day', async () => {
    const env = await report(`answered_calls_by_queue&start=${YESTERDAY}&end=${YESTERDAY}`);
    expect(allStrings(env.rows)).toBe(true);
    const from = sim.engine.dayStartMs(YESTERDAY);
    const truth = sim.engine
      .callsBetween(from, sim.engine.dayStartMs(TODAY), NOW)
      .filter((c) => c.outcome === 'answered' && c.direction === 'incoming');
    expect(env.records).toBe(String(env.rows.length));
    for (const row of env.rows) {
      expect(Object.keys(row)).toEqual(['Queue', 'Received', '% Calls']);
      expect(row.Received).toBe(String(truth.filter((c) => c.queue === row.Queue).length));
      expect(row['% Calls']).toMatch(/^\d+\.\d{2}$/);
    }
    const total = env.rows.reduce((s, r) => s + Number(r['% Calls']), 0);
    expect(Math.abs(total - 100)).toBeLessThan(0.05);
  });

  it('answered_calls_detail has the vendor row shape and pages correctly', async () => {
    const all = await report(`answered_calls_detail&start=${YESTERDAY}&end=${YESTERDAY}`);
    expect(all.page).toBe('1');
    expect(all.total).toBe('1');
    const first = all.rows[0] ?? {};
    expect(Object.keys(first)).toEqual([
      'datetime',
      'queue',
      'agent',
      'callerid',
      'event',
      'waitTime',
      'ringTime',
      'callTime',
      'agentName',
      'queueName',
      'recording',
      'uniqueid',
      'callflow',
      'url',
      'did',
    ]);
    expect(first.datetime).toMatch(/^17-11-2025 \d{2}:\d{2}:\d{2}$/);
    expect(first.callflow).toBe(`/asternicjquery/rest/index.php?entity=call/${first.uniqueid}`);
    expect(allStrings(all.rows)).toBe(true);
    const byQueue = await report(`answered_calls_by_queue&start=${YESTERDAY}&end=${YESTERDAY}`);
    expect(byQueue.rows.reduce((s, r) => s + Number(r.Received), 0)).toBe(Number(all.records));
    const page2 = await report(
      `answered_calls_detail&start=${YESTERDAY}&end=${YESTERDAY}&rows=50&page=2`,
    );
    expect(page2.page).toBe('2');
    expect(page2.records).toBe(all.records);
    expect(page2.total).toBe(String(Math.ceil(Number(all.records) / 50)));
    expect(page2.rows).toEqual(all.rows.slice(50, 100));
  });

  it('filters by date range, seconds of day (both spellings), agent and queue', async () => {
    const count = async (q: string): Promise<number> => Number((await report(q)).records);
    const d1 = await count(`answered_calls_detail&start=2025-11-15&end=2025-11-15`);
    const d2 = await count(`answered_calls_detail&start=2025-11-16&end=2025-11-16`);
    expect(await count(`answered_calls_detail&start=2025-11-15&end=2025-11-16`)).toBe(d1 + d2);
    const window = `start=${YESTERDAY}&end=${YESTERDAY}&secondsend=${10 * 3600 - 1}`;
    const nineToTen = await count(`answered_calls_detail&${window}&secondsstart=${9 * 3600}`);
    expect(await count(`answered_calls_detail&${window}&secondstart=${9 * 3600}`)).toBe(nineToTen);
    const from = localTimeMs(YESTERDAY, 9 * 3600, TZ);
    const truth = sim.engine
      .callsBetween(from, from + 3600_000, NOW)
      .filter((c) => c.outcome === 'answered' && c.direction === 'incoming');
    expect(nineToTen).toBe(truth.length);
    const agent = truth[0]?.agentName ?? '';
    const byAgent = await report(
      `answered_calls_by_agent&start=${YESTERDAY}&end=${YESTERDAY}&agent=${encodeURIComponent(agent)}`,
    );
    expect(byAgent.rows.map((r) => r.Agent)).toEqual([agent]);
    expect(Object.keys(byAgent.rows[0] ?? {})).toEqual([
      'Agent',
      'Calls',
      '% Calls',
      'Call Time',
      'Avg Call Time',
      'Hold Time',
      'Avg Hold Time',
    ]);
    const sales = await report(
      `answered_calls_detail&start=${YESTERDAY}&end=${YESTERDAY}&queue=sales`,
    );
    expect(sales.rows.every((r) => r.queue === 'sales')).toBe(true);
    expect(Number(sales.records)).toBeGreaterThan(0);
  });

  it('unanswered_calls_detail lists only unanswered queue outcomes', async () => {
    const env = await report(`unanswered_calls_detail&start=${YESTERDAY}&end=${YESTERDAY}`);
    expect(Number(env.records)).toBeGreaterThan(0);
    expect(allStrings(env.rows)).toBe(true);
    for (const row of env.rows) {
      expect(['ABANDON', 'EXITWITHTIMEOUT', 'EXITEMPTY', 'EXITWITHKEY']).toContain(row.event);
      expect(row.datetime).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
    }
  });

  it('returns the vendor empty envelope and hides calls not yet ended', async () => {
    const future = await get(
      'entity=reports/answered_calls_detail&start=2025-11-19&end=2025-11-19',
    );
    expect(future.text).toBe('{"page":"1","total":"0","records":"0","rows":[]}');
    const today = await report('answered_calls_detail');
    const ids = new Set(today.rows.map((r) => r.uniqueid));
    for (const c of sim.engine.day(TODAY).calls) {
      if (c.outcome === 'answered' && c.direction === 'incoming') {
        expect(ids.has(c.uniqueid)).toBe(c.endMs <= NOW);
      }
    }
  });
});

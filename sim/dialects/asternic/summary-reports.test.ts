import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../engine/clock';
import type { CallRecord } from '../../engine/types';
import { startSimulator, type RunningSimulator } from '../../server';
import {
  allStrings,
  asternicClient,
  countBy,
  NOW,
  queueCalls,
  TODAY,
  YESTERDAY,
  type Envelope,
} from './test-kit';

let sim: RunningSimulator;
const client = asternicClient(() => sim.url);
const DAY = `start=${YESTERDAY}&end=${YESTERDAY}`;
const NEW_REPORTS = [
  'answered_calls_by_did',
  'answered_calls_by_holdtime',
  'unanswered_calls_by_queue',
  'distribution_by_queue',
];
const HOLD_LABELS = [
  '0-10',
  '11-20',
  '21-30',
  '31-40',
  '41-50',
  '51-60',
  '61-90',
  '91-120',
  '121-180',
  '181-300',
  '301+',
];

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock: manualClock(NOW) });
});
afterAll(async () => {
  await sim.close();
});

const report = (query: string): Promise<Envelope> => client.entity<Envelope>(`reports/${query}`);
const truthDay = (): CallRecord[] => queueCalls(sim.engine, [YESTERDAY, 0], [TODAY, 0]);
const answered = (calls: CallRecord[]): CallRecord[] =>
  calls.filter((c) => c.outcome === 'answered');
const sumOf = (env: Envelope, key: string): number =>
  env.rows.reduce((s, r) => s + Number(r[key]), 0);
const percentSum = (env: Envelope, key: string): number => sumOf(env, key);
const asObject = (m: Map<string, number>): Record<string, string> =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, String(v)]));

function holdBucket(waitSec: number): string {
  const bounds = [10, 20, 30, 40, 50, 60, 90, 120, 180, 300];
  const i = bounds.findIndex((b) => waitSec <= b);
  return HOLD_LABELS[i < 0 ? HOLD_LABELS.length - 1 : i] ?? '';
}

describe('asternic summary reports', () => {
  it('lists exactly the served reports, all of which answer', async () => {
    const { data } = await client.entity<{ data: { report: string }[] }>('reports');
    // The vendor's list, in its order, then the reports real clients also call.
    expect(data.map((r) => r.report)).toEqual([
      'answered_calls_detail',
      'answered_calls_by_queue',
      'answered_calls_by_agent',
      'answered_calls_by_url',
      ...NEW_REPORTS.slice(0, 2),
      'answered_calls_by_event',
      'unanswered_calls_detail',
      ...NEW_REPORTS.slice(2),
    ]);
    for (const { report: name } of data) {
      const env = await report(`${name}&${DAY}`);
      expect(Number(env.records), name).toBeGreaterThan(0);
      expect(allStrings(env.rows), name).toBe(true);
    }
  });

  it('answered_calls_by_did counts answered calls per DID', async () => {
    const env = await report(`answered_calls_by_did&${DAY}`);
    expect(Object.keys(env.rows[0] ?? {})).toEqual(['DID', 'Received', '% Calls']);
    const truth = countBy(answered(truthDay()), (c) => c.did ?? '');
    expect(Object.fromEntries(env.rows.map((r) => [r.DID, r.Received]))).toEqual(asObject(truth));
    expect(env.rows.map((r) => r.DID)).toEqual([...truth.keys()].sort());
    expect(Math.abs(percentSum(env, '% Calls') - 100)).toBeLessThan(0.05);
    expect(sim.engine.queues.map((q) => q.did).sort()).toEqual(env.rows.map((r) => r.DID));
  });

  it('answered_calls_by_event counts answered calls by how they ended', async () => {
    const env = await report(`answered_calls_by_event&${DAY}`);
    expect(Object.keys(env.rows[0] ?? {})).toEqual(['Event', 'Received', '% Calls']);
    const truth = countBy(answered(truthDay()), (c) => c.event ?? '');
    expect(Object.fromEntries(env.rows.map((r) => [r.Event, r.Received]))).toEqual(asObject(truth));
    expect(env.rows.map((r) => r.Event)).toEqual(['COMPLETEAGENT', 'COMPLETECALLER', 'TRANSFER']);
    expect(Math.abs(percentSum(env, '% Calls') - 100)).toBeLessThan(0.05);
  });

  it('answered_calls_by_url puts every answered call under the empty URL (no queue URLs)', async () => {
    const env = await report(`answered_calls_by_url&${DAY}`);
    expect(env.rows).toEqual([
      { URL: '', Received: String(answered(truthDay()).length), '% Calls': '100.00' },
    ]);
    const none = await report(`answered_calls_by_url&start=${TODAY}&end=${TODAY}&queue=nope`);
    expect(none).toEqual({ page: '1', total: '0', records: '0', rows: [] });
  });

  it('answered_calls_by_holdtime lists every bucket and recounts', async () => {
    const env = await report(`answered_calls_by_holdtime&${DAY}`);
    expect(Object.keys(env.rows[0] ?? {})).toEqual(['Hold Time', 'Received', '% Calls']);
    expect(env.rows.map((r) => r['Hold Time'])).toEqual(HOLD_LABELS);
    const truth = countBy(answered(truthDay()), (c) => holdBucket(c.waitSec));
    for (const row of env.rows) {
      expect(row.Received, row['Hold Time']).toBe(String(truth.get(row['Hold Time'] ?? '') ?? 0));
    }
    expect(sumOf(env, 'Received')).toBe(answered(truthDay()).length);
    const page = await report(`answered_calls_by_holdtime&${DAY}&rows=4&page=3`);
    expect(page).toMatchObject({ page: '3', total: '3', records: '11' });
    expect(page.rows.map((r) => r['Hold Time'])).toEqual(HOLD_LABELS.slice(8));
  });

  it('unanswered_calls_by_queue splits unanswered calls by exit event', async () => {
    const env = await report(`unanswered_calls_by_queue&${DAY}`);
    expect(Object.keys(env.rows[0] ?? {})).toEqual([
      'Queue',
      'Abandon',
      'Timeout',
      'Exit Empty',
      'Exit Key',
      'Total',
      '% Calls',
    ]);
    const lost = truthDay().filter((c) => c.outcome !== 'answered');
    const events: [string, string][] = [
      ['Abandon', 'ABANDON'],
      ['Timeout', 'EXITWITHTIMEOUT'],
      ['Exit Empty', 'EXITEMPTY'],
      ['Exit Key', 'EXITWITHKEY'],
    ];
    for (const row of env.rows) {
      const mine = lost.filter((c) => c.queue === row.Queue);
      for (const [col, event] of events) {
        expect(row[col], `${row.Queue} ${col}`).toBe(
          String(mine.filter((c) => c.event === event).length),
        );
      }
      expect(row.Total).toBe(String(mine.length));
    }
    expect(sumOf(env, 'Total')).toBe(lost.length);
    const detail = await report(`unanswered_calls_detail&${DAY}`);
    expect(String(sumOf(env, 'Total'))).toBe(detail.records);
    expect(Math.abs(percentSum(env, '% Calls') - 100)).toBeLessThan(0.05);
  });

  it('distribution_by_queue splits received calls into answered and unanswered', async () => {
    const env = await report(`distribution_by_queue&${DAY}`);
    expect(Object.keys(env.rows[0] ?? {})).toEqual([
      'Queue',
      'Received',
      'Answered',
      '% Answered',
      'Unanswered',
      '% Unanswered',
    ]);
    const calls = truthDay();
    for (const row of env.rows) {
      const mine = calls.filter((c) => c.queue === row.Queue);
      const ok = answered(mine).length;
      expect(row).toMatchObject({
        Received: String(mine.length),
        Answered: String(ok),
        Unanswered: String(mine.length - ok),
        '% Answered': ((ok / mine.length) * 100).toFixed(2),
      });
    }
    expect(sumOf(env, 'Received')).toBe(calls.length);
    const byQueue = await report(`answered_calls_by_queue&${DAY}`);
    expect(sumOf(env, 'Answered')).toBe(sumOf(byQueue, 'Received'));
  });

  it('applies queue, agent and seconds filters to the new reports', async () => {
    const sales = await report(`distribution_by_queue&${DAY}&queue=sales`);
    expect(sales.rows.map((r) => r.Queue)).toEqual(['sales']);
    const did = await report(`answered_calls_by_did&${DAY}&queue=sales`);
    expect(did.rows.map((r) => r.DID)).toEqual([
      sim.engine.queues.find((q) => q.name === 'sales')?.did,
    ]);
    const agent = answered(truthDay())[0]?.agentName ?? '';
    const mine = await report(`distribution_by_queue&${DAY}&agent=${encodeURIComponent(agent)}`);
    expect(mine.rows.every((r) => r.Unanswered === '0')).toBe(true);
    expect(sumOf(mine, 'Answered')).toBe(truthDay().filter((c) => c.agentName === agent).length);
    expect(
      (await report(`unanswered_calls_by_queue&${DAY}&agent=${encodeURIComponent(agent)}`)).records,
    ).toBe('0');
    const window = `${DAY}&secondsstart=${9 * 3600}&secondsend=${12 * 3600 - 1}`;
    const hold = await report(`answered_calls_by_holdtime&${window}`);
    const truth = answered(queueCalls(sim.engine, [YESTERDAY, 9 * 3600], [YESTERDAY, 12 * 3600]));
    expect(sumOf(hold, 'Received')).toBe(truth.length);
  });

  it('recounts across midnight and a month boundary', async () => {
    const night = `start=2025-11-16&end=2025-11-17&secondsstart=${22 * 3600}&secondsend=${2 * 3600 - 1}`;
    const nightTruth = queueCalls(sim.engine, ['2025-11-16', 22 * 3600], [YESTERDAY, 2 * 3600]);
    const dist = await report(`distribution_by_queue&${night}`);
    expect(sumOf(dist, 'Received')).toBe(nightTruth.length);
    const lost = await report(`unanswered_calls_by_queue&${night}`);
    expect(sumOf(lost, 'Total')).toBe(nightTruth.filter((c) => c.outcome !== 'answered').length);
    const month = 'start=2025-10-31&end=2025-11-01';
    const monthTruth = queueCalls(sim.engine, ['2025-10-31', 0], ['2025-11-02', 0]);
    const byDid = await report(`answered_calls_by_did&${month}`);
    expect(sumOf(byDid, 'Received')).toBe(answered(monthTruth).length);
    const monthDist = await report(`distribution_by_queue&${month}`);
    expect(sumOf(monthDist, 'Received')).toBe(monthTruth.length);
  });

  it('answers the vendor empty envelope when nothing matches', async () => {
    for (const name of NEW_REPORTS) {
      const res = await client.get(`entity=reports/${name}&start=2025-11-19&end=2025-11-19`);
      expect(res.text, name).toBe('{"page":"1","total":"0","records":"0","rows":[]}');
    }
  });
});

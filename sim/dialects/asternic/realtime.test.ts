import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { manualClock } from '../../engine/clock';
import { createEngine } from '../../engine/engine';
import { localTimeMs } from '../../engine/zoned-time';
import { startSimulator, type RunningSimulator } from '../../server';

const TZ = 'Asia/Tashkent';
const SUMMARY_KEYS = [
  'Waiting',
  'Agents',
  'Penalty',
  'Logged Off',
  'Busy',
  'Paused',
  'Answered',
  'Unanswered',
  'Abandoned',
  'Abandon Rate',
  'Avg Wait',
  'Avg Duration',
  'Max. wait time',
];
const STATUSES = ['not in use', 'busy', 'ringing', 'dialout', 'unavailable'];

/** An instant where some queue has callers waiting and another has none. */
function findBusyInstant(): number {
  const engine = createEngine();
  for (let s = 10 * 3600; s < 18 * 3600; s += 97) {
    const t = localTimeMs('2025-11-18', s, TZ);
    const live = engine.liveState(t);
    const queues = new Set(live.waiting.map((w) => w.queue));
    if (queues.size >= 1 && queues.size < engine.queues.length && live.waiting.length >= 2)
      return t;
  }
  throw new Error('no busy instant');
}

const NOW = findBusyInstant();
const clock = manualClock(NOW);
let sim: RunningSimulator;
const auth = {
  authorization: `Basic ${Buffer.from('wallboard:wallboard-demo').toString('base64')}`,
};

interface Realtime {
  'waiting calls': Record<string, Record<string, Record<string, string>> | []>;
  summary: { queue: Record<string, Record<string, string>> };
  agents: Record<string, Record<string, Record<string, string>> | []>;
}

async function fetchRealtime(extra = ''): Promise<{ data: Realtime; text: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${sim.url}/asternic/stats/rest/index.php?entity=realtime${extra}`, {
    headers: auth,
  });
  const text = await res.text();
  const ms = performance.now() - started;
  expect(res.status).toBe(200);
  return { data: JSON.parse(text) as Realtime, text, ms };
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock });
});
afterAll(async () => {
  await sim.close();
});

describe('asternic realtime', () => {
  it('is one valid JSON object whose summary equals the engine ground truth', async () => {
    const { data } = await fetchRealtime();
    const live = sim.engine.liveState(NOW);
    for (const queue of sim.engine.queues) {
      const summary = data.summary.queue[queue.name] ?? {};
      expect(Object.keys(summary)).toEqual(SUMMARY_KEYS);
      expect(Object.values(summary).every((v) => typeof v === 'string')).toBe(true);
      const truth = sim.engine.todayStats(queue.name, NOW);
      if (!truth) throw new Error('no truth');
      const waits = live.waiting.filter((w) => w.queue === queue.name).map((w) => w.waitSec);
      const members = live.agents.filter((a) => a.queues.some((m) => m.queue === queue.name));
      expect(summary.Waiting).toBe(String(waits.length));
      // `Agents` counts logged-in members, as in the vendor example (queue 103: 0 agents, 1 off).
      const loggedOff = members.filter((a) => a.status === 'loggedOff').length;
      expect(summary.Agents).toBe(String(members.length - loggedOff));
      expect(summary['Logged Off']).toBe(String(loggedOff));
      expect(summary.Busy).toBe(
        String(members.filter((a) => a.status === 'busy' || a.status === 'ringing').length),
      );
      expect(summary.Paused).toBe(String(members.filter((a) => a.status === 'paused').length));
      expect(summary.Answered).toBe(String(truth.answered));
      expect(summary.Unanswered).toBe(String(truth.unanswered));
      expect(summary.Abandoned).toBe(String(truth.abandoned));
      const total = truth.answered + truth.unanswered;
      expect(summary['Abandon Rate']).toBe(
        total ? ((truth.abandoned / total) * 100).toFixed(2) : '0',
      );
      expect(summary['Avg Wait']).toBe(String(truth.avgWaitSec));
      expect(summary['Avg Duration']).toBe(String(truth.avgTalkSec));
      expect(summary['Max. wait time']).toBe(String(Math.max(0, ...waits)));
    }
  });

  it('emits [] for empty waiting lists and position-keyed maps otherwise', async () => {
    const { data, text } = await fetchRealtime();
    const live = sim.engine.liveState(NOW);
    let empties = 0;
    for (const queue of sim.engine.queues) {
      const waiting = data['waiting calls'][queue.name];
      const expected = live.waiting.filter((w) => w.queue === queue.name);
      if (expected.length === 0) {
        expect(waiting).toEqual([]);
        expect(text).toContain(`"${queue.name}":[]`);
        empties += 1;
        continue;
      }
      expect(Array.isArray(waiting)).toBe(false);
      const entries = Object.entries(waiting ?? {});
      expect(entries.map(([k]) => k)).toEqual(expected.map((_, i) => String(i + 1)));
      for (const [k, v] of entries) {
        const w = expected[Number(k) - 1];
        expect(v).toEqual({
          calleridNum: w?.callerNumber,
          calleridName: w?.callerName,
          waitTime: String(w?.waitSec),
        });
      }
      const max = Math.max(
        ...entries.map(([, v]) => Number((v as Record<string, string>).waitTime)),
      );
      expect(data.summary.queue[queue.name]?.['Max. wait time']).toBe(String(max));
    }
    expect(empties).toBeGreaterThan(0);
  });

  it('lists member agents per queue with Asternic statuses', async () => {
    const { data } = await fetchRealtime();
    for (const queue of sim.engine.queues) {
      const agents = data.agents[queue.name] ?? [];
      const entries = Object.entries(agents);
      const counts = data.summary.queue[queue.name];
      expect(entries.length).toBe(Number(counts?.Agents) + Number(counts?.['Logged Off']));
      const busy = entries.filter(([, a]) =>
        ['busy', 'ringing', 'dialout'].includes(a.status ?? ''),
      );
      const off = entries.filter(([, a]) => a.status === 'unavailable');
      const paused = entries.filter(([, a]) => a.paused === '1');
      expect(String(busy.length)).toBe(data.summary.queue[queue.name]?.Busy);
      expect(String(off.length)).toBe(data.summary.queue[queue.name]?.['Logged Off']);
      expect(String(paused.length)).toBe(data.summary.queue[queue.name]?.Paused);
      for (const [, a] of entries) {
        expect(STATUSES).toContain(a.status);
        expect(['0', '1']).toContain(a.paused);
      }
    }
  });

  it('honours &queues= and answers quickly', async () => {
    const { data, ms } = await fetchRealtime('&queues=sales,600');
    expect(Object.keys(data.summary.queue).sort()).toEqual(['600', 'sales']);
    expect(Object.keys(data.agents).sort()).toEqual(['600', 'sales']);
    expect(ms).toBeLessThan(500);
    const none = await fetchRealtime('&queues=nope');
    expect(none.text).toBe('{"waiting calls":[],"summary":{"queue":[]},"agents":[]}');
  });

  it('moves with the clock: counters never decrease during the day', async () => {
    const before = (await fetchRealtime()).data.summary.queue.support ?? {};
    clock.advance(20 * 60_000);
    const after = (await fetchRealtime()).data.summary.queue.support ?? {};
    clock.set(NOW);
    expect(Number(after.Answered)).toBeGreaterThan(Number(before.Answered));
    expect(Number(after.Unanswered)).toBeGreaterThanOrEqual(Number(before.Unanswered));
  });
});

import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import type { CallRecord } from '../../engine/types';
import { localParts, localTimeMs } from '../../engine/zoned-time';
import { isoWeek } from './dates';
import { STAT_FIELDS } from './params';
import { NOW, startCdrHarness, TZ, type Counters, type Row } from './test-kit';

const h = startCdrHarness();
const rows = h.rows;

const zero = (): Counters =>
  Object.fromEntries(STAT_FIELDS.map((f) => [f, 0] as const)) as Counters;

/** Ground truth from the engine: per extension, per interval key (README "cdrstats"). */
function recount(
  engine: Engine,
  fromMs: number,
  toMs: number,
  keyOf: (ms: number) => string,
  opts: { dir?: 'IN' | 'OUT'; local?: boolean; below?: number } = {},
): Map<string, Map<string, Counters>> {
  const ext = new Map(engine.agents.map((a) => [a.id, a.extension] as const));
  const rang = new Map<string, string>();
  const out = new Map<string, Map<string, Counters>>();
  const bucket = (agentId: string | null, c: CallRecord): Counters | undefined => {
    const e = agentId === null ? undefined : ext.get(agentId);
    if (e === undefined) return undefined;
    const byKey = out.get(e) ?? new Map<string, Counters>();
    out.set(e, byKey);
    const k = keyOf(c.enterMs);
    const counters = byKey.get(k) ?? zero();
    byKey.set(k, counters);
    return counters;
  };
  const calls = engine.callsBetween(fromMs, toMs + 1, NOW);
  for (const key of new Set(calls.map((c) => engine.dayKeyOf(c.enterMs)))) {
    for (const agent of engine.day(key).agents.values()) {
      for (const a of agent.activities) if (a.phase === 'ringing') rang.set(a.uniqueid, a.agentId);
    }
  }
  for (const c of calls) {
    if ((opts.local === false && c.direction === 'internal') || c.durationSec < (opts.below ?? 0))
      continue;
    if (opts.dir !== 'IN' && c.direction !== 'incoming') {
      const b = bucket(c.agentId, c);
      if (b) {
        b.outboundCalls++;
        b.outboundSeconds += c.talkSec;
        if (c.outcome === 'answered') b.outboundAnswered++;
        else {
          b.outboundUnanswered++;
          if (c.outcome === 'failed') b.outboundFailed++;
        }
      }
    }
    if (opts.dir === 'OUT') continue;
    const callee =
      c.direction === 'internal'
        ? c.targetAgentId
        : c.direction === 'incoming'
          ? (c.agentId ?? rang.get(c.uniqueid) ?? null)
          : null;
    const b = bucket(callee, c);
    if (!b) continue;
    b.inboundCalls++;
    if (c.outcome === 'answered') b.inboundSeconds += c.talkSec;
    else if (c.outcome === 'busy') b.inboundBusy++;
    else b.inboundUnanswered++;
  }
  return out;
}

/** The response as extension → key → counters (all stat fields present). */
const asMap = (list: Row[]): Map<string, Map<string, Counters>> =>
  new Map(
    list
      .filter((r) => Object.keys(r.data).length > 0)
      .map((r) => [
        String(r.extensionNumber),
        new Map(Object.entries(r.data).map(([k, v]) => [k, { ...zero(), ...v }] as const)),
      ]),
  );

/** D6: interval keys are UTC periods, whatever the simulator's zone. */
const utc = (ms: number) => localParts(ms, 'UTC');

/** The answer equals the recount, and the recount is not trivially empty. */
function expectMatches(list: Row[], truth: Map<string, Map<string, Counters>>): void {
  expect(truth.size).toBeGreaterThan(3);
  expect(asMap(list)).toEqual(truth);
}

describe('telecomx cdrstats totals', () => {
  it('matches a recount over a range crossing midnight and a month boundary (HOUR)', async () => {
    const from = '2025-10-31T20:00:00+05:00';
    const to = '2025-10-31T23:00:00.000Z'; // 2025-11-01 04:00 local
    const list = await rows({ from, to, groupingInterval: 'HOUR' });
    expect(list).toHaveLength(24);
    const truth = recount(h.sim.engine, Date.parse(from), Date.parse(to), (ms) =>
      String(utc(ms).hour),
    );
    expectMatches(list, truth);
    const keys = new Set(list.flatMap((r) => Object.keys(r.data)));
    // 20:00+05:00 to 04:00+05:00 is 15:00 to 23:00 UTC.
    expect(
      [...keys].every((k) => ['15', '16', '17', '18', '19', '20', '21', '22'].includes(k)),
    ).toBe(true);
    expect(truth.size).toBeGreaterThan(3);
  });

  it('merges equal DAY keys of different months and keeps inboundAnswered at 0 (D7)', async () => {
    const list = await rows({ from: '2025-09-10T00:00:00', to: '2025-10-10T23:59:59' });
    const fromMs = localTimeMs('2025-09-10', 0, TZ);
    const toMs = localTimeMs('2025-10-10', 86_399, TZ);
    expectMatches(
      list,
      recount(h.sim.engine, fromMs, toMs, (ms) => String(utc(ms).day)),
    );
    const sum = (m: Map<string, Map<string, Counters>>): number =>
      [...m.values()].reduce((s, byKey) => s + (byKey.get('10')?.inboundCalls ?? 0), 0);
    const sept10 = recount(h.sim.engine, fromMs, localTimeMs('2025-09-11', 0, TZ) - 1, () => '10');
    expect(sum(asMap(list))).toBeGreaterThan(sum(sept10));
    for (const r of list) {
      for (const c of Object.values(r.data)) expect(c.inboundAnswered).toBe(0);
    }
  });

  it('groups by ISO week and by month', async () => {
    const from = '2024-12-20T00:00:00';
    const to = '2025-01-10T23:59:59';
    const fromMs = localTimeMs('2024-12-20', 0, TZ);
    const toMs = localTimeMs('2025-01-10', 86_399, TZ);
    const week = (ms: number): string => {
      const p = utc(ms);
      return String(isoWeek(p.year, p.month, p.day));
    };
    const weeks = await rows({ from, to, groupingInterval: 'week' });
    expectMatches(weeks, recount(h.sim.engine, fromMs, toMs, week));
    expect(Object.keys(weeks[0]?.data ?? {})).toEqual(['1', '2', '51', '52']);
    const months = await rows({ from, to, groupingInterval: 'MONTH' });
    expectMatches(
      months,
      recount(h.sim.engine, fromMs, toMs, (ms) => String(utc(ms).month)),
    );
  });

  it('applies direction, ignoreLocal and ignoreBelow', async () => {
    const from = '2025-11-10T00:00:00Z';
    const to = '2025-11-12T00:00:00Z';
    const [f, t] = [Date.parse(from), Date.parse(to)];
    const day = (ms: number): string => String(utc(ms).day);
    const cases: [Record<string, unknown>, Parameters<typeof recount>[4]][] = [
      [{ direction: 'IN' }, { dir: 'IN' }],
      [{ direction: 'OUT' }, { dir: 'OUT' }],
      [{ ignoreLocal: true }, { local: false }],
      [{ ignoreBelow: 60 }, { below: 60 }],
    ];
    for (const [body, opts] of cases) {
      const list = await rows({ from, to, ...body });
      expectMatches(list, recount(h.sim.engine, f, t, day, opts));
    }
  });

  it('shows only calls that have ended by now, and today by default', async () => {
    const today = await rows({});
    const startOfDay = localTimeMs('2025-11-18', 0, TZ);
    const truth = recount(h.sim.engine, startOfDay, NOW, (ms) => String(utc(ms).day));
    expectMatches(today, truth);
    const inProgress = h.sim.engine
      .callsBetween(startOfDay, NOW)
      .filter((c) => c.endMs > NOW && c.agentId !== null);
    expect(inProgress.length).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../engine/clock';
import type { Engine } from '../../engine/engine';
import type { CallRecord } from '../../engine/types';
import { localParts, localTimeMs } from '../../engine/zoned-time';
import { startSimulator, type RunningSimulator } from '../../server';
import { isoWeek } from './dates';
import { STAT_FIELDS, type StatField } from './params';

const TZ = 'Asia/Tashkent';
const NOW = localTimeMs('2025-11-18', 11 * 3600 + 7 * 60, TZ);
const clock = manualClock(NOW);
const TOKEN = 'cdrstats-test-token';
let sim: RunningSimulator;

type Counters = Record<StatField, number>;
interface Row {
  employeeId?: string;
  employeeName?: string;
  extensionId?: string;
  extensionNumber?: string;
  data: Record<string, Partial<Counters>>;
}

async function cdrstats(body: unknown): Promise<{ status: number; text: string; type: string }> {
  const res = await fetch(`${sim.url}/telecomx/pbx/cdrstats`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    text: await res.text(),
    type: res.headers.get('content-type') ?? '',
  };
}

async function rows(body: Record<string, unknown>): Promise<Row[]> {
  const res = await cdrstats(body);
  expect(res.status).toBe(200);
  return JSON.parse(res.text) as Row[];
}

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
        else if (c.outcome === 'failed') b.outboundFailed++;
        else b.outboundUnanswered++;
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

const local = (ms: number) => localParts(ms, TZ);

/** The answer equals the recount, and the recount is not trivially empty. */
function expectMatches(list: Row[], truth: Map<string, Map<string, Counters>>): void {
  expect(truth.size).toBeGreaterThan(3);
  expect(asMap(list)).toEqual(truth);
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock, telecomx: { machineToken: TOKEN } });
});
afterAll(async () => {
  await sim.close();
});

describe('telecomx cdrstats totals', () => {
  it('matches a recount over a range crossing midnight and a month boundary (HOUR)', async () => {
    const from = '2025-10-31T20:00:00+05:00';
    const to = '2025-10-31T23:00:00.000Z'; // 2025-11-01 04:00 local
    const list = await rows({ from, to, groupingInterval: 'HOUR' });
    expect(list).toHaveLength(24);
    const truth = recount(sim.engine, Date.parse(from), Date.parse(to), (ms) =>
      String(local(ms).hour),
    );
    expectMatches(list, truth);
    const keys = new Set(list.flatMap((r) => Object.keys(r.data)));
    expect([...keys].every((k) => ['20', '21', '22', '23', '0', '1', '2', '3', '4'].includes(k)));
    expect(truth.size).toBeGreaterThan(3);
  });

  it('merges equal DAY keys of different months and keeps inboundAnswered at 0 (D7)', async () => {
    const list = await rows({ from: '2025-09-10T00:00:00', to: '2025-10-10T23:59:59' });
    const fromMs = localTimeMs('2025-09-10', 0, TZ);
    const toMs = localTimeMs('2025-10-10', 86_399, TZ);
    expectMatches(
      list,
      recount(sim.engine, fromMs, toMs, (ms) => String(local(ms).day)),
    );
    const sum = (m: Map<string, Map<string, Counters>>): number =>
      [...m.values()].reduce((s, byKey) => s + (byKey.get('10')?.inboundCalls ?? 0), 0);
    const sept10 = recount(sim.engine, fromMs, localTimeMs('2025-09-11', 0, TZ) - 1, () => '10');
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
      const p = local(ms);
      return String(isoWeek(p.year, p.month, p.day));
    };
    const weeks = await rows({ from, to, groupingInterval: 'week' });
    expectMatches(weeks, recount(sim.engine, fromMs, toMs, week));
    expect(Object.keys(weeks[0]?.data ?? {})).toEqual(['1', '2', '51', '52']);
    const months = await rows({ from, to, groupingInterval: 'MONTH' });
    expectMatches(
      months,
      recount(sim.engine, fromMs, toMs, (ms) => String(local(ms).month)),
    );
  });

  it('applies direction, ignoreLocal and ignoreBelow', async () => {
    const from = '2025-11-10T00:00:00Z';
    const to = '2025-11-12T00:00:00Z';
    const [f, t] = [Date.parse(from), Date.parse(to)];
    const day = (ms: number): string => String(local(ms).day);
    const cases: [Record<string, unknown>, Parameters<typeof recount>[4]][] = [
      [{ direction: 'IN' }, { dir: 'IN' }],
      [{ direction: 'OUT' }, { dir: 'OUT' }],
      [{ ignoreLocal: true }, { local: false }],
      [{ ignoreBelow: 60 }, { below: 60 }],
    ];
    for (const [body, opts] of cases) {
      const list = await rows({ from, to, ...body });
      expectMatches(list, recount(sim.engine, f, t, day, opts));
    }
  });

  it('shows only calls that have ended by now, and today by default', async () => {
    const today = await rows({});
    const startOfDay = localTimeMs('2025-11-18', 0, TZ);
    const truth = recount(sim.engine, startOfDay, NOW, (ms) => String(local(ms).day));
    expectMatches(today, truth);
    const inProgress = sim.engine
      .callsBetween(startOfDay, NOW)
      .filter((c) => c.endMs > NOW && c.agentId !== null);
    expect(inProgress.length).toBeGreaterThan(0);
  });
});

describe('telecomx cdrstats options and formats', () => {
  it('filters employees, picks fields (array or string) and sorts', async () => {
    const all = await rows({ fields: 'employeeId,employeeName' });
    expect(all.map((r) => Object.keys(r))).toContainEqual(['employeeId', 'employeeName', 'data']);
    const ids = [all[3]?.employeeId, all[1]?.employeeId];
    const two = await rows({
      employees: ids,
      fields: ['employeeName', 'inboundCalls'],
      sort: 'employeeName',
    });
    expect(two.map((r) => r.employeeName)).toEqual(
      [all[3]?.employeeName, all[1]?.employeeName].sort(),
    );
    for (const r of two) {
      for (const c of Object.values(r.data)) expect(Object.keys(c)).toEqual(['inboundCalls']);
    }
    const one = await rows({ employee: ids[0], employees: [] });
    expect(one).toHaveLength(1);
    expect(Object.keys(one[0] ?? {})).toEqual([
      'employeeId',
      'employeeName',
      'extensionId',
      'extensionNumber',
      'data',
    ]);
    expect(one[0]?.employeeId).toMatch(/^[0-9a-f]{24}$/);
    expect(await rows({ employees: ['ffffffffffffffffffffffff'] })).toEqual([]);
  });

  it('rejects bad input with the vendor error shape', async () => {
    const cases: [unknown, number, string][] = [
      [{ from: '2020-01-01-T00:00:00.000Z' }, 422, 'from'],
      [{ from: '2025-11-02T00:00:00Z', to: '2025-11-01T00:00:00Z' }, 422, 'from'],
      [{ from: '2024-01-01T00:00:00Z', to: '2025-11-01T00:00:00Z' }, 422, 'from'],
      [{ groupingInterval: 'YEAR' }, 422, 'groupingInterval'],
      [{ direction: 'SIDEWAYS' }, 422, 'direction'],
      [{ format: 'PDF' }, 422, 'format'],
      [{ fields: ['nope'] }, 422, 'fields'],
      [{ sort: 'inboundCalls' }, 422, 'sort'],
      [{ sort: 'employeeName', fields: ['extensionNumber'] }, 422, 'sort'],
      [{ ignoreBelow: -1 }, 422, 'ignoreBelow'],
      [{ ignoreLocal: 'maybe' }, 422, 'ignoreLocal'],
      [{ employees: ['xyz'] }, 422, 'employees'],
      [{ customer: '12345678901234567890abcd' }, 403, 'access_denied'],
      [[1, 2], 400, 'bad_request'],
    ];
    for (const [body, status, code] of cases) {
      const res = await cdrstats(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const err = (JSON.parse(res.text) as { error: Record<string, unknown> }).error;
      expect(err).toMatchObject({ code, status });
      expect(typeof err.message).toBe('string');
    }
    const groupErr = await cdrstats({ groupingInterval: 'x' });
    expect(JSON.parse(groupErr.text)).toEqual({
      error: {
        message: 'Invalid grouping interval - use MONTH, WEEK, DAY or HOUR',
        code: 'groupingInterval',
        status: 422,
      },
    });
  });

  it('exports CSV with a header row and the same numbers as JSON', async () => {
    const body = {
      from: '2025-11-01T00:00:00',
      to: '2025-11-03T23:59:59',
      fields: ['extensionNumber', 'inboundCalls', 'outboundSeconds'],
    };
    const json = await rows(body);
    const csv = await cdrstats({ ...body, format: 'CSV' });
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('extensionNumber,interval,outboundSeconds,inboundCalls');
    const expected = json.flatMap((r) =>
      Object.entries(r.data).map(
        ([k, c]) => `${r.extensionNumber},${k},${c.outboundSeconds},${c.inboundCalls}`,
      ),
    );
    expect(lines.slice(1)).toEqual(expected);
  });

  it('exports EXCEL as an Excel XML workbook', async () => {
    const res = await cdrstats({ format: 'excel', fields: 'employeeName,inboundCalls' });
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.ms-excel');
    expect(res.text).toContain('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"');
    expect(res.text).toContain('<Data ss:Type="String">employeeName</Data>');
  });
});

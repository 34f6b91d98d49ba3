import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../engine/types';
import { NOW, startTelphin, utc, type TelphinTestSim } from './test-kit';

type Stat = Record<string, number>;
type Stats = { in?: Stat; out?: Stat };
let t: TelphinTestSim;

beforeAll(async () => {
  t = await startTelphin();
});
afterAll(async () => {
  await t.sim.close();
});

const QUEUE_EXT: Record<string, number> = {
  support: 470500,
  sales: 470501,
  billing: 470502,
  '600': 470503,
  '700': 470504,
};
const phone = (ext: string | null): number[] => (ext === null ? [] : [470000 + Number(ext)]);
const CALL_KEYS = [
  'busy',
  'bridged_duration',
  'answered',
  'not answered',
  'rejected',
  'failed',
  'bridged',
  'duration',
  'total',
];
const CDR_KEYS = [...CALL_KEYS, 'diverted', 'answered elsewhere'];

interface Unit {
  dir: 'in' | 'out';
  result: string;
  duration: number;
  bridged: number;
  ids: number[];
}

/** Independent recount of the README tables. */
function units(c: CallRecord, kind: 'calls' | 'cdr'): Unit[] {
  if (c.direction === 'internal') return [];
  if (c.direction === 'outgoing') {
    const ok = c.outcome === 'answered';
    const result = ok ? 'bridged' : c.outcome === 'noanswer' ? 'not answered' : c.outcome;
    return [
      {
        dir: 'out',
        result,
        duration: ok ? c.talkSec : 0,
        bridged: ok ? c.talkSec : 0,
        ids: phone(c.agentExtension),
      },
    ];
  }
  const queue = QUEUE_EXT[c.queue ?? ''] ?? -1;
  const ok = c.outcome === 'answered';
  const result = ok ? 'bridged' : c.outcome === 'empty' ? 'not answered' : 'answered';
  const whole = result === 'not answered' ? 0 : c.durationSec;
  const callUnit = { dir: 'in' as const, result, duration: whole, bridged: ok ? c.talkSec : 0 };
  if (kind === 'calls') return [{ ...callUnit, ids: [queue, ...phone(c.agentExtension)] }];
  const legs: Unit[] = [{ ...callUnit, ids: [queue] }];
  if (ok) {
    const diverted = c.event === 'TRANSFER';
    legs.push({
      dir: 'in',
      result: diverted ? 'diverted' : 'bridged',
      duration: c.talkSec,
      bridged: diverted ? 0 : c.talkSec,
      ids: phone(c.agentExtension),
    });
  }
  return legs;
}

function recount(
  fromIso: string,
  toIso: string,
  kind: 'calls' | 'cdr',
  ids: number[] | null = null,
): Stats {
  const out: Stats = {};
  const keys = kind === 'calls' ? CALL_KEYS : CDR_KEYS;
  for (const c of t.sim.engine.callsBetween(Date.parse(fromIso), Date.parse(toIso), NOW)) {
    for (const u of units(c, kind)) {
      if (ids && !u.ids.some((id) => ids.includes(id))) continue;
      const s = (out[u.dir] ??= Object.fromEntries(keys.map((k) => [k, 0])));
      s.total = (s.total ?? 0) + 1;
      s[u.result] = (s[u.result] ?? 0) + 1;
      s.duration = (s.duration ?? 0) + u.duration;
      s.bridged_duration = (s.bridged_duration ?? 0) + u.bridged;
    }
  }
  return out;
}

async function stats(
  kind: 'calls' | 'cdr',
  fromIso: string,
  toIso: string,
  extra = '',
): Promise<Stats> {
  const q = `start_datetime=${utc(fromIso)}&end_datetime=${utc(toIso)}${extra}`;
  const res = await t.get(`/api/ver1.0/client/@me/${kind}/stats/?${q}`);
  expect(res.status, q).toBe(200);
  return res.body as Stats;
}

describe('telphin stats against the engine', () => {
  // 18:00–21:00 UTC crosses Tashkent midnight (19:00 UTC); 22:00–02:00 UTC crosses the month in UTC.
  const windows: [string, string][] = [
    ['2026-01-31T18:00:00Z', '2026-01-31T21:00:00Z'],
    ['2026-01-31T22:00:00Z', '2026-02-01T02:00:00Z'],
    ['2026-01-31T19:00:00Z', '2026-02-01T06:30:00Z'],
  ];

  it('calls/stats equals a per-call recount, with the vendor key order', async () => {
    for (const [from, to] of windows) {
      const got = await stats('calls', from, to);
      expect(got).toEqual(recount(from, to, 'calls'));
      if (got.in) expect(Object.keys(got.in)).toEqual(CALL_KEYS);
    }
    const day = await stats('calls', windows[2]?.[0] ?? '', windows[2]?.[1] ?? '');
    expect(day.in?.bridged).toBeGreaterThan(day.in?.answered ?? 0);
    expect(day.out?.total).toBeGreaterThan(0);
  });

  it('cdr/stats equals a per-leg recount', async () => {
    for (const [from, to] of windows) {
      const got = await stats('cdr', from, to);
      expect(got).toEqual(recount(from, to, 'cdr'));
      if (got.in) expect(Object.keys(got.in)).toEqual(CDR_KEYS);
    }
  });

  it('every unit has one result: total is the sum of the result counters', async () => {
    const got = await stats('cdr', '2026-01-31T19:00:00Z', '2026-02-01T06:30:00Z');
    for (const s of [got.in, got.out]) {
      const results = [
        'bridged',
        'answered',
        'not answered',
        'busy',
        'rejected',
        'failed',
        'diverted',
        'answered elsewhere',
      ];
      expect(results.reduce((sum, k) => sum + (s?.[k] ?? 0), 0)).toBe(s?.total);
      expect(s?.duration ?? 0).toBeGreaterThanOrEqual(s?.bridged_duration ?? 0);
    }
  });

  it('counts the same incoming calls as the engine over a local day', async () => {
    const got = await stats('calls', '2026-01-30T19:00:00Z', '2026-01-31T19:00:00Z');
    const day = t.sim.engine.callsBetween(
      Date.parse('2026-01-30T19:00:00Z'),
      Date.parse('2026-01-31T19:00:00Z'),
      NOW,
    );
    expect(got.in?.total).toBe(day.filter((c) => c.direction === 'incoming').length);
    expect(got.out?.total).toBe(day.filter((c) => c.direction === 'outgoing').length);
  });

  it('uses a half-open range: consecutive windows add up', async () => {
    const a = await stats('calls', '2026-02-01T03:00:00Z', '2026-02-01T04:00:00Z');
    const b = await stats('calls', '2026-02-01T04:00:00Z', '2026-02-01T05:00:00Z');
    const both = await stats('calls', '2026-02-01T03:00:00Z', '2026-02-01T05:00:00Z');
    expect((a.in?.total ?? 0) + (b.in?.total ?? 0)).toBe(both.in?.total);
    expect(await stats('calls', '2026-02-01T03:00:00Z', '2026-02-01T03:00:00Z')).toEqual({});
  });

  it('shows only calls that ended by now and leaves out empty directions', async () => {
    const got = await stats('calls', '2026-02-01T06:00:00Z', '2026-02-01T07:00:00Z');
    expect(got).toEqual(recount('2026-02-01T06:00:00Z', '2026-02-01T07:00:00Z', 'calls'));
    const generated = t.sim.engine.callsBetween(
      Date.parse('2026-02-01T06:00:00Z'),
      Date.parse('2026-02-01T07:00:00Z'),
    );
    expect(got.in?.total).toBeLessThan(generated.filter((c) => c.direction === 'incoming').length);
    const night = recount('2026-01-31T20:00:00Z', '2026-01-31T21:00:00Z', 'calls');
    const gotNight = await stats('calls', '2026-01-31T20:00:00Z', '2026-01-31T21:00:00Z');
    expect(Object.keys(gotNight)).toEqual(Object.keys(night));
    expect(Object.keys(gotNight)).toEqual(['in']);
  });

  it('filters by extension_id in every accepted encoding', async () => {
    const [from, to] = ['2026-01-31T19:00:00Z', '2026-02-01T06:30:00Z'];
    const ids = [470101, 470500];
    const want = recount(from, to, 'calls', ids);
    expect(want.in?.total).toBeGreaterThan(0);
    for (const extra of [
      '&extension_id=470101&extension_id=470500',
      '&extension_id[]=470101&extension_id[]=470500',
      '&extension_id=470101,470500',
    ]) {
      expect(await stats('calls', from, to, extra)).toEqual(want);
    }
    expect(await stats('cdr', from, to, '&extension_id=470500')).toEqual(
      recount(from, to, 'cdr', [470500]),
    );
    expect(await stats('cdr', from, to, '&extension_id=470104')).toEqual(
      recount(from, to, 'cdr', [470104]),
    );
  });
});

describe('telphin stats validation', () => {
  it('answers 400/404 {message} for bad parameters', async () => {
    const base = '/api/ver1.0/client/@me/cdr/stats/?';
    const ok = 'start_datetime=2026-02-01%2000:00:00&end_datetime=2026-02-01%2001:00:00';
    const cases: [string, number, RegExp][] = [
      ['end_datetime=2026-02-01%2001:00:00', 400, /start_datetime/],
      ['start_datetime=2026-02-01&end_datetime=2026-02-01%2001:00:00', 400, /YYYY-MM-DD HH:MM:SS/],
      [
        'start_datetime=2026-02-30%2000:00:00&end_datetime=2026-03-01%2001:00:00',
        400,
        /start_datetime/,
      ],
      [
        'start_datetime=2026-02-01T00:00:00&end_datetime=2026-02-01%2001:00:00',
        400,
        /start_datetime/,
      ],
      ['start_datetime=2026-02-01%2002:00:00&end_datetime=2026-02-01%2001:00:00', 400, /earlier/],
      ['start_datetime=2024-01-01%2000:00:00&end_datetime=2026-02-01%2001:00:00', 400, /366 days/],
      [`${ok}&extension_id=abc`, 400, /extension_id/],
      [`${ok}&extension_id=123`, 404, /Extension 123 not found/],
    ];
    for (const [query, status, message] of cases) {
      const res = await t.get(`${base}${query}`);
      expect(res.status, query).toBe(status);
      expect(String((res.body as { message: string }).message)).toMatch(message);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord, Direction } from '../../engine/types';
import { at, NOW, startUtel, type UtelTestSim } from './test-kit';

type Json = Record<string, unknown>;
type Bucket = Record<string, string | number>;
type Grouped = Record<Direction, { all: Bucket[]; not_answered: Bucket[] }>;
let t: UtelTestSim;

beforeAll(async () => {
  t = await startUtel();
});
afterAll(async () => {
  await t.sim.close();
});

const DIRS: Direction[] = ['incoming', 'outgoing', 'internal'];
const answered = (c: CallRecord): boolean => c.outcome === 'answered';
const truth = (fromMs: number, toMs: number): CallRecord[] =>
  t.sim.engine.callsBetween(fromMs, toMs, NOW);

async function result<T>(path: string): Promise<T> {
  const res = await t.get(path);
  expect(res.status, path).toBe(200);
  const body = res.body as { status: string; code: number; message: string; result: T };
  expect(body.status).toBe('success');
  expect(body.code).toBe(200);
  expect(body.message).toBe('Ok');
  return body.result;
}

/** Sparse ascending buckets recounted from engine records. */
function buckets(
  calls: CallRecord[],
  key: string,
  label: (c: CallRecord) => string | null,
): Bucket[] {
  const map = new Map<string, number>();
  for (const c of calls) {
    const l = label(c);
    if (l !== null) map.set(l, (map.get(l) ?? 0) + 1);
  }
  return [...map.keys()].sort().map((k) => ({ [key]: k, call_count: map.get(k) ?? 0 }));
}

function expectBuckets(
  got: Grouped,
  calls: CallRecord[],
  key: string,
  label: (c: CallRecord) => string | null,
): void {
  for (const d of DIRS) {
    const list = calls.filter((c) => c.direction === d);
    expect(got[d].all, `${d} all`).toEqual(buckets(list, key, label));
    const missed = list.filter((c) => !answered(c));
    expect(got[d].not_answered, `${d} not answered`).toEqual(buckets(missed, key, label));
  }
}

const localLabel = (ms: number): string => {
  const p = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tashkent',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(ms));
  return `${p.slice(0, 13)}:00:00`;
};

describe('utel statistics against the engine', () => {
  // 2026-01-31 20:00 .. 2026-02-01 03:59:59 crosses midnight and a month boundary.
  const FROM = 'from=2026-01-31 20:00:00&to=2026-02-01 03:59:59';
  const range: [number, number] = [at('2026-01-31', 20 * 3600), at('2026-02-01', 4 * 3600)];

  it('calls-count equals a recount, answered + not_answered = total', async () => {
    const got = await result<Record<string, Record<string, number>>>(
      `/statistic/calls-count?${FROM}`,
    );
    const calls = truth(...range);
    expect(calls.length).toBeGreaterThan(20);
    for (const d of DIRS) {
      const list = calls.filter((c) => c.direction === d);
      const yes = list.filter(answered).length;
      expect(got[d]).toEqual({
        answered: yes,
        not_answered: list.length - yes,
        total: list.length,
      });
      expect(got.all?.[d]).toBe(list.length);
    }
  });

  it('treats a date `to` as the whole day and a month as whole days', async () => {
    const got = await result<Record<string, Record<string, number>>>(
      '/statistic/calls-count?from=2026-01-01&to=2026-01-31',
    );
    const calls = truth(at('2026-01-01'), at('2026-02-01'));
    expect(got.all).toEqual(
      Object.fromEntries(DIRS.map((d) => [d, calls.filter((c) => c.direction === d).length])),
    );
  });

  it('calls-by-hour buckets by local start hour, sparse and ascending', async () => {
    const got = await result<Grouped>(`/statistic/calls-by-hour?${FROM}`);
    expectBuckets(got, truth(...range), 'date_hour', (c) => localLabel(c.enterMs));
    expect(got.incoming.all[0]).toEqual({
      date_hour: '2026-01-31 20:00:00',
      call_count: expect.any(Number),
    });
  });

  it('calls-by-day and calls-by-month span the month boundary', async () => {
    const calls = truth(at('2026-01-30'), NOW + 1);
    const day = await result<Grouped>('/statistic/calls-by-day?from=2026-01-30&to=2026-02-01');
    expectBuckets(day, calls, 'date', (c) => localLabel(c.enterMs).slice(0, 10));
    expect(day.incoming.all.map((b) => b.date)).toEqual(['2026-01-30', '2026-01-31', '2026-02-01']);
    const month = await result<Grouped>('/statistic/calls-by-month?from=2026-01-30&to=2026-02-01');
    expectBuckets(month, calls, 'month', (c) => localLabel(c.enterMs).slice(0, 7));
    expect(month.incoming.all.map((b) => b.month)).toEqual(['2026-01', '2026-02']);
  });

  it('calls-by-external-number groups by DID/trunk and leaves internal calls out', async () => {
    const got = await result<Grouped>(`/statistic/calls-by-external-number?${FROM}`);
    expectBuckets(got, truth(...range), 'external_number', (c) =>
      c.direction === 'internal' ? null : c.externalNumber,
    );
    expect(got.internal).toEqual({ all: [], not_answered: [] });
  });

  it('filters by external_number exactly', async () => {
    const got = await result<Record<string, Record<string, number>>>(
      `/statistic/calls-count?${FROM}&external_number=781130590`,
    );
    const calls = truth(...range).filter(
      (c) => c.externalNumber === '781130590' && c.direction !== 'internal',
    );
    expect(got.incoming?.total).toBe(calls.filter((c) => c.direction === 'incoming').length);
    expect(got.outgoing?.total).toBe(calls.filter((c) => c.direction === 'outgoing').length);
    expect(got.internal?.total).toBe(0);
  });

  it('calls-by-users sums per extension and honours status', async () => {
    const rows = await result<Record<string, string | number>[]>(
      `/statistic/calls-by-users?${FROM}`,
    );
    const calls = truth(...range);
    const sum = (list: CallRecord[], f: (c: CallRecord) => number) =>
      list.reduce((s, c) => s + f(c), 0);
    for (const row of rows) {
      const ext = String(row.number);
      const out = calls.filter((c) => c.direction !== 'incoming' && c.callerNumber === ext);
      const inQ = calls.filter((c) => c.direction === 'incoming' && c.agentExtension === ext);
      const inI = calls.filter((c) => c.direction === 'internal' && c.calledNumber === ext);
      expect(row).toEqual({
        number: ext,
        outgoing_count: out.length,
        outgoing_duration: sum(out, (c) => c.durationSec),
        outgoing_conversation: sum(out, (c) => c.talkSec),
        incoming_count: inQ.length + inI.length,
        incoming_duration: sum(inQ, (c) => c.ringSec + c.talkSec) + sum(inI, (c) => c.durationSec),
        incoming_conversation: sum(inQ, (c) => c.talkSec) + sum(inI, (c) => c.talkSec),
      });
    }
    expect(rows.map((r) => Number(r.number))).toEqual(
      [...rows.map((r) => Number(r.number))].sort((a, b) => a - b),
    );
    const unanswered = await result<Record<string, number>[]>(
      `/statistic/calls-by-users?${FROM}&status=2`,
    );
    const total = unanswered.reduce((s, r) => s + (r.outgoing_count ?? 0), 0);
    expect(total).toBe(calls.filter((c) => c.direction !== 'incoming' && !answered(c)).length);
    expect(
      unanswered.every((r) => r.incoming_conversation === 0 && r.outgoing_conversation === 0),
    ).toBe(true);
  });

  it('sees only calls that ended by now', async () => {
    const got = await result<Record<string, Record<string, number>>>(
      '/statistic/calls-count?from=2026-02-01&to=2026-02-02',
    );
    const today = t.sim.engine.callsBetween(at('2026-02-01'), at('2026-02-02'));
    const visible = today.filter((c) => c.endMs <= NOW);
    expect(visible.length).toBeLessThan(today.length);
    expect(got.incoming?.total).toBe(visible.filter((c) => c.direction === 'incoming').length);
  });
});

describe('utel statistics validation', () => {
  it('answers 422 with Laravel errors', async () => {
    const cases: [string, Json][] = [
      [
        '/statistic/calls-count',
        { from: ['The from field is required.'], to: ['The to field is required.'] },
      ],
      [
        '/statistic/calls-by-day?from=2026-02-30&to=2026-03-01',
        { from: ['The from field must be a valid date.'] },
      ],
      [
        '/statistic/calls-by-hour?from=2026-01-01T00:00:00&to=2026-01-02',
        { from: ['The from field must be a valid date.'] },
      ],
      [
        '/statistic/calls-count?from=2026-01-02&to=2026-01-01',
        { to: ['The to field must be a date after or equal to from.'] },
      ],
      [
        '/statistic/calls-count?from=2024-01-01&to=2026-01-01',
        { to: ['The to field must be a date at most 366 days after from.'] },
      ],
      [
        '/statistic/calls-by-users?from=2026-01-01&to=2026-01-01&status=3',
        { status: ['The selected status is invalid.'] },
      ],
    ];
    for (const [path, errors] of cases) {
      const res = await t.get(path);
      expect(res.status, path).toBe(422);
      expect((res.body as Json).errors, path).toEqual(errors);
      expect(typeof (res.body as Json).message).toBe('string');
    }
  });

  it('reads PHP-style parameters: last repeated value wins, blanks are absent', async () => {
    const a = await result<Json>(
      '/statistic/calls-count?from=2020-01-01&from=2026-01-31&to=2026-01-31&external_number=',
    );
    const b = await result<Json>('/statistic/calls-count?from=2026-01-31&to=2026-01-31');
    expect(a).toEqual(b);
  });
});

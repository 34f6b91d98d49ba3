import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../engine/types';
import { at, NOW, startUtel, type UtelTestSim } from './test-kit';

type Json = Record<string, unknown>;
interface Item {
  id: number;
  call_id: string;
  date_time: string;
  src: string;
  dst: string;
  external_number: string | null;
  duration: number;
  conversation: number;
  type: { number: number; name: string };
  status: { number: number; name: string };
  recorded_file_url: string | null;
  integration: unknown[];
}
interface Page {
  data: Item[];
  links: { first: string; last: string; prev: string | null; next: string | null };
  meta: {
    current_page: number;
    from: number | null;
    last_page: number;
    links: { url: string | null; label: string; active: boolean }[];
    path: string;
    per_page: number;
    to: number | null;
    total: number;
  };
}
let t: UtelTestSim;

beforeAll(async () => {
  t = await startUtel();
});
afterAll(async () => {
  await t.sim.close();
});

const WINDOW = 'filter[from]=2026-01-31 22:00:00&filter[to]=2026-02-01 01:59:59';
const truth = (): CallRecord[] =>
  t.sim.engine.callsBetween(at('2026-01-31', 22 * 3600), at('2026-02-01', 2 * 3600), NOW);

async function page(query: string): Promise<Page> {
  const res = await t.get(`/call-history?${query}`);
  expect(res.status, query).toBe(200);
  return res.body as Page;
}

async function all(query: string): Promise<Item[]> {
  return (await page(`${query}&per_page=300`)).data;
}

describe('utel call history', () => {
  it('lists every visible call in the window once, ordered by id (default sort)', async () => {
    const items = await all(WINDOW);
    const calls = truth();
    expect(items.length).toBe(calls.length);
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort((a, b) => a - b));
    expect(new Set(items.map((i) => i.call_id)).size).toBe(items.length);
    const first = items[0];
    expect(first?.date_time).toMatch(/^2026-01-31 22:\d\d:\d\d$/);
    expect(items.at(-1)?.date_time.startsWith('2026-02-01 01:')).toBe(true);
  });

  it('maps calls to UTEL items', async () => {
    const items = await all(WINDOW);
    for (const [i, c] of truth().entries()) {
      const item = items[i];
      const type = { incoming: 1, outgoing: 2, internal: 3 }[c.direction];
      expect(item?.type.number).toBe(type);
      expect(item?.type.name).toBe(['Incoming', 'Outgoing', 'Internal'][type - 1]);
      expect(item?.status).toEqual(
        c.outcome === 'answered'
          ? { number: 1, name: 'Answered' }
          : { number: 2, name: 'Not answered' },
      );
      expect(item?.src).toBe(c.callerNumber);
      expect(item?.duration).toBe(c.durationSec);
      expect(item?.conversation).toBe(c.talkSec);
      expect(item?.external_number).toBe(c.direction === 'internal' ? null : c.externalNumber);
      if (c.direction === 'incoming')
        expect(item?.dst).toBe(c.agentExtension ?? expect.stringMatching(/^54\d\d$/));
      else expect(item?.dst).toBe(c.calledNumber);
      expect(item?.recorded_file_url === null).toBe(c.recording === null);
      expect(item?.integration).toEqual([]);
    }
  });

  it('keeps ids and call ids stable across requests and windows', async () => {
    const a = await all(WINDOW);
    const b = await all('filter[from]=2026-02-01&filter[to]=2026-02-01 01:59:59');
    const byCallId = new Map(a.map((i) => [i.call_id, i.id]));
    expect(b.length).toBeGreaterThan(0);
    for (const item of b) expect(byCallId.get(item.call_id)).toBe(item.id);
  });

  it('filters by type, status, src/dst substrings, external number and seconds', async () => {
    const calls = truth();
    const count = async (filter: string) =>
      (await page(`${WINDOW}&${filter}&per_page=1`)).meta.total;
    expect(await count('filter[type]=1')).toBe(
      calls.filter((c) => c.direction === 'incoming').length,
    );
    expect(await count('filter[type]=2,3')).toBe(
      calls.filter((c) => c.direction !== 'incoming').length,
    );
    expect(await count('filter[status]=2')).toBe(
      calls.filter((c) => c.outcome !== 'answered').length,
    );
    expect(await count('filter[external_number]=13059')).toBe(
      calls.filter((c) => c.direction !== 'internal' && (c.externalNumber ?? '').includes('13059'))
        .length,
    );
    const items = await all(`${WINDOW}&filter[src]=99890`);
    expect(items.every((i) => i.src.includes('99890'))).toBe(true);
    const one = (await all(WINDOW))[0];
    const bySeconds = await all(
      `${WINDOW}&filter[duration]=${one?.duration}&filter[conversation]=${one?.conversation}`,
    );
    expect(bySeconds.map((i) => i.id)).toContain(one?.id);
    expect(bySeconds.every((i) => i.duration === one?.duration)).toBe(true);
  });

  it('sorts by one or more fields, descending with "-"', async () => {
    const byDuration = await all(`${WINDOW}&sort=-duration,id`);
    for (let i = 1; i < byDuration.length; i++) {
      const [prev, cur] = [byDuration[i - 1], byDuration[i]];
      expect((prev?.duration ?? 0) >= (cur?.duration ?? 0)).toBe(true);
    }
    const newest = await all(`${WINDOW}&sort=-id`);
    expect(newest[0]?.id).toBe(Math.max(...newest.map((i) => i.id)));
  });

  it('pages like Laravel with links that keep the query', async () => {
    const p2 = await page(`${WINDOW}&per_page=5&page=2`);
    const total = truth().length;
    expect(p2.meta).toMatchObject({ current_page: 2, from: 6, to: 10, per_page: 5, total });
    expect(p2.meta.last_page).toBe(Math.ceil(total / 5));
    expect(p2.meta.path).toBe(`${t.base}/call-history`);
    expect(p2.links.prev).toContain('page=1');
    expect(p2.links.next).toContain('filter%5Bfrom%5D=2026-01-31%2022%3A00%3A00');
    expect(p2.links.next).toMatch(/page=3$/);
    expect(p2.meta.links.find((l) => l.active)?.label).toBe('2');
    // From 14 pages on, Laravel's UrlWindow shows 1–10, a gap, and the last two pages.
    expect(total).toBeGreaterThanOrEqual(14);
    const single = await page(`${WINDOW}&per_page=1&page=2`);
    const pages = Array.from({ length: 10 }, (_, i) => String(i + 1));
    const tail = [String(total - 1), String(total)];
    expect(single.meta.links.map((l) => l.label)).toEqual([
      '&laquo; Previous',
      ...pages,
      '...',
      ...tail,
      'Next &raquo;',
    ]);
    expect(single.meta.links.find((l) => l.label === '...')?.url).toBeNull();
    const beyond = await page(`${WINDOW}&per_page=5&page=999`);
    expect(beyond.data).toEqual([]);
    expect(beyond.meta).toMatchObject({ from: null, to: null, current_page: 999 });
    expect((await page(`${WINDOW}&per_page=5&page=abc`)).meta.current_page).toBe(1);
    expect((await page(WINDOW)).meta.per_page).toBe(20);
  });

  it('defaults to the last 30 days up to now', async () => {
    const p = await page('per_page=1&sort=-id');
    const calls = t.sim.engine.callsBetween(at('2026-01-02'), NOW + 1, NOW);
    expect(p.meta.total).toBe(calls.length);
  });

  it('rejects bad input: 422 validation, 400 unknown filter or sort', async () => {
    const cases: [string, number, Json | string][] = [
      ['per_page=0', 422, { per_page: ['The per page field must be between 1 and 300.'] }],
      ['per_page=301', 422, { per_page: ['The per page field must be between 1 and 300.'] }],
      ['per_page=x', 422, { per_page: ['The per page field must be an integer.'] }],
      ['filter[type]=4', 422, { 'filter.type': ['The selected filter.type is invalid.'] }],
      ['filter[status]=0', 422, { 'filter.status': ['The selected filter.status is invalid.'] }],
      [
        'filter[duration]=abc',
        422,
        { 'filter.duration': ['The filter.duration field must be an integer.'] },
      ],
      [
        'filter[from]=yesterday',
        422,
        { 'filter.from': ['The filter.from field must be a valid date.'] },
      ],
      [
        'filter[from]=2026-02-01&filter[to]=2026-01-01',
        422,
        { 'filter.to': ['The filter.to field must be a date after or equal to filter.from.'] },
      ],
      ['filter[bogus]=1', 400, 'Requested filter(s) `bogus` are not allowed.'],
      ['sort=-nope', 400, 'Requested sort(s) `nope` is not allowed.'],
    ];
    for (const [query, status, expected] of cases) {
      const res = await t.get(`/call-history?filter[from]=2026-02-01&${query}`);
      expect(res.status, query).toBe(status);
      const body = res.body as Json;
      if (typeof expected === 'string') expect(String(body.message)).toContain(expected);
      else expect(body.errors, query).toEqual(expected);
    }
  });
});

describe('utel calls-count-by-history', () => {
  it('counts the filtered history in the calls-count shape', async () => {
    const res = await t.get(`/statistic/calls-count-by-history?${WINDOW}&filter[status]=1`);
    expect(res.status).toBe(200);
    const result = (res.body as { result: Record<string, Record<string, number>> }).result;
    const calls = truth().filter((c) => c.outcome === 'answered');
    for (const d of ['incoming', 'outgoing', 'internal'] as const) {
      const n = calls.filter((c) => c.direction === d).length;
      expect(result[d]).toEqual({ answered: n, not_answered: 0, total: n });
      expect(result.all?.[d]).toBe(n);
    }
  });
});

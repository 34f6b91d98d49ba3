import { DateTime } from 'luxon';
import { capabilitiesOf } from '@/lib/providers/provider';
import { describe, expect, it } from 'vitest';
import type { AgentStats, DirectionTotals, SummaryData } from '@/lib/model/stats';
import type { Provider, StatsQuery } from '@/lib/providers/provider';
import { isoWithOffset, type TimeRange } from '@/lib/time/range';
import {
  splitLongRange,
  sumAgents,
  sumExternalNumbers,
  sumSummaries,
  withLongRangesSplit,
} from './long-ranges';
import { plainStatsContext } from '@/lib/testing/stats-context';

const zone = 'Asia/Tashkent';
const range = (from: string, to: string): TimeRange => ({
  from: DateTime.fromISO(from, { zone }),
  to: DateTime.fromISO(to, { zone }),
  zone,
});
const shown = (pieces: TimeRange[]) =>
  pieces.map((piece) => `${isoWithOffset(piece.from)} – ${isoWithOffset(piece.to)}`);

const totals = (total: number, talkSeconds: number | null = 10): DirectionTotals => ({
  total,
  answered: total,
  notAnswered: 0,
  busy: null,
  failed: 0,
  durationSeconds: 2 * total,
  talkSeconds,
});

describe('splitLongRange', () => {
  it('leaves a range of up to 366 days whole, across New Year too', () => {
    const leapYear = range('2024-01-01', '2025-01-01');
    expect(splitLongRange(leapYear)).toEqual([leapYear]);
    const winter = range('2025-06-01', '2026-03-01');
    expect(splitLongRange(winter)).toEqual([winter]);
  });

  it('cuts 366 days in a DST zone at New Year, and keeps its calendar year whole', () => {
    const berlin = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
    const pieces = splitLongRange({
      from: berlin('2025-09-01'),
      to: berlin('2026-09-02'),
      zone: 'Europe/Berlin',
    });
    expect(pieces.map((piece) => piece.to.toISODate())).toEqual(['2026-01-01', '2026-09-02']);
    const calendarYear = {
      from: berlin('2025-01-01'),
      to: berlin('2026-01-01'),
      zone: 'Europe/Berlin',
    };
    expect(splitLongRange(calendarYear)).toEqual([calendarYear]);
  });

  it("cuts a longer range at the source's local New Year", () => {
    expect(shown(splitLongRange(range('2024-02-15T10:00', '2026-03-31')))).toEqual([
      '2024-02-15T10:00:00+05:00 – 2025-01-01T00:00:00+05:00',
      '2025-01-01T00:00:00+05:00 – 2026-01-01T00:00:00+05:00',
      '2026-01-01T00:00:00+05:00 – 2026-03-31T00:00:00+05:00',
    ]);
  });
});

describe('merging pieces', () => {
  it('adds summaries field by field; unknown stays unknown, an absent direction stays absent', () => {
    const a: SummaryData = { incoming: totals(3), outgoing: totals(1, null), internal: null };
    const b: SummaryData = { incoming: totals(4), outgoing: totals(2), internal: null };
    expect(sumSummaries([a, b])).toEqual({
      incoming: { ...totals(7), talkSeconds: 20 },
      outgoing: { ...totals(3), talkSeconds: null },
      internal: null,
    });
  });

  it('adds rows of the same agent or number and keeps the others', () => {
    const direction = (calls: number) => ({
      calls,
      answered: calls,
      notAnswered: 0,
      durationSeconds: calls,
      talkSeconds: calls,
    });
    const agent = (id: string, calls: number, name: string | null): AgentStats => ({
      id,
      name,
      extension: null,
      incoming: direction(calls),
      outgoing: null,
    });
    expect(
      sumAgents([[agent('101', 2, 'Ann')], [agent('101', 3, null), agent('102', 1, 'Bo')]]),
    ).toEqual([agent('101', 5, 'Ann'), agent('102', 1, 'Bo')]);
    const number = (n: string, total: number) => ({
      number: n,
      incoming: { total, notAnswered: 1 },
      outgoing: null,
      internal: null,
    });
    expect(
      sumExternalNumbers([[number('7812', 2)], [number('7812', 5), number('7999', 1)]]),
    ).toEqual([
      { ...number('7812', 7), incoming: { total: 7, notAnswered: 2 } },
      number('7999', 1),
    ]);
  });
});

describe('withLongRangesSplit', () => {
  /** A provider whose answers say which range they were asked for. */
  function recording() {
    const asked: string[] = [];
    const note = (query: StatsQuery) => asked.push(shown([query.range])[0] ?? '');
    const provider: Provider = {
      kind: 'utel',
      seriesBuckets: ['month'],
      filters: [],
      fetchSummary: async (query) => {
        note(query);
        return { incoming: totals(1), outgoing: null, internal: null };
      },
      fetchSeries: async (_bucket, query) => {
        note(query);
        return [
          {
            start: isoWithOffset(query.range.from),
            incoming: null,
            outgoing: null,
            internal: null,
          },
        ];
      },
      checkHealth: async () => undefined,
    };
    return { asked, provider: withLongRangesSplit(provider) };
  }

  it('passes a range that fits on unchanged, one request', async () => {
    const { asked, provider } = recording();
    const query = { range: range('2025-06-01', '2026-03-01') };
    await provider.fetchSummary?.(query, plainStatsContext());
    expect(asked).toEqual(['2025-06-01T00:00:00+05:00 – 2026-03-01T00:00:00+05:00']);
  });

  it('asks once per calendar year and merges, for totals and series alike', async () => {
    const { asked, provider } = recording();
    const query = { range: range('2024-11-01', '2026-02-01') };
    const summary = await provider.fetchSummary?.(query, plainStatsContext());
    expect(summary?.incoming?.total).toBe(3);
    const points = await provider.fetchSeries?.('month', query, plainStatsContext());
    expect(points?.map((point) => point.start)).toEqual([
      '2024-11-01T00:00:00+05:00',
      '2025-01-01T00:00:00+05:00',
      '2026-01-01T00:00:00+05:00',
    ]);
    expect(asked).toHaveLength(6);
    expect(provider.fetchAgents).toBeUndefined();
    expect(capabilitiesOf(provider).agents).toBe(false);
  });
});

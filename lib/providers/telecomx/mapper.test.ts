import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AgentStats, SummaryData, type SeriesPoint } from '@/lib/model/stats';
import { zeroFilledSeries, type BucketSample } from '@/lib/providers/shared/series';
import { parseWire } from '@/lib/upstream/parse';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import type { TimeRange } from '@/lib/time/range';
import { TelecomxCdrStatsWire } from './api-types';
import {
  addWindowSamples,
  inboundAnsweredQuirks,
  mapAgents,
  mapSummary,
  selectEmployees,
} from './mapper';
import { planWindows } from './windows';
import { readFixture } from '@/lib/testing/fixtures';

function rows(name: string): TelecomxCdrStatsWire {
  const text = readFixture('telecomx', name);
  return parseWire('test', TelecomxCdrStatsWire, JSON.parse(text));
}

function thrown(run: () => void): UpstreamError {
  try {
    run();
  } catch (error) {
    if (error instanceof UpstreamError) return error;
    throw error;
  }
  throw new Error('expected an UpstreamError');
}

const vendor = rows('cdrstats-vendor-example.json');
const zone = 'Europe/Copenhagen';
const day: TimeRange = {
  from: DateTime.fromISO('2026-01-13', { zone }),
  to: DateTime.fromISO('2026-01-14', { zone }),
  zone,
};

describe('mapSummary: the vendor example (WEEK keys 49–51, three employees)', () => {
  it('sums every employee and interval; answered inbound per D7', () => {
    const summary = SummaryData.parse(mapSummary(vendor));
    expect(summary).toEqual({
      incoming: {
        total: 729,
        // D7: 729 − 109 unanswered − 22 busy; the example's inboundAnswered is 0 everywhere.
        answered: 598,
        notAnswered: 131,
        busy: 22,
        failed: null,
        durationSeconds: null,
        talkSeconds: 144542,
      },
      outgoing: {
        total: 650,
        answered: 542,
        notAnswered: 108,
        busy: null,
        failed: 1,
        durationSeconds: null,
        talkSeconds: 156731,
      },
      internal: null,
    });
  });

  it('reports the documented inboundAnswered quirk, and a mismatch apart from it', () => {
    expect(inboundAnsweredQuirks(vendor)).toEqual(['inbound-answered-zero']);
    const [first] = vendor;
    if (!first) throw new Error('fixture is empty');
    const off = { ...first, data: { '1': { ...first.data['49'], inboundAnswered: 5 } } };
    expect(inboundAnsweredQuirks([off])).toEqual(['inbound-answered-mismatch']);
    const exact = { ...first, data: { '1': { ...first.data['49'], inboundAnswered: 102 } } };
    expect(inboundAnsweredQuirks([exact])).toEqual([]);
  });
});

describe('mapAgents: the vendor example', () => {
  it('gives one row per employee with its totals', () => {
    const agents = AgentStats.array().parse(mapAgents(vendor));
    expect(agents).toEqual([
      {
        id: '5450f1834b75ff21032563a1',
        name: 'Bo Madsen',
        extension: '232',
        incoming: {
          calls: 347,
          answered: 330,
          notAnswered: 17,
          durationSeconds: null,
          talkSeconds: 84480,
        },
        outgoing: {
          calls: 244,
          answered: 190,
          notAnswered: 54,
          durationSeconds: null,
          talkSeconds: 61448,
        },
      },
      {
        id: '53da4c7552b2dbf05521c09b',
        name: 'Benny Andersen',
        extension: '289',
        incoming: {
          calls: 193,
          answered: 141,
          notAnswered: 52,
          durationSeconds: null,
          talkSeconds: 25792,
        },
        outgoing: {
          calls: 251,
          answered: 219,
          notAnswered: 32,
          durationSeconds: null,
          talkSeconds: 40412,
        },
      },
      {
        id: '534bf567221eb20000136767',
        name: 'Hans Hansen',
        extension: '302',
        incoming: {
          calls: 189,
          answered: 127,
          notAnswered: 62,
          durationSeconds: null,
          talkSeconds: 34270,
        },
        outgoing: {
          calls: 155,
          answered: 133,
          notAnswered: 22,
          durationSeconds: null,
          talkSeconds: 54871,
        },
      },
    ]);
  });

  it('selects one agent by employee id or by extension number', () => {
    expect(
      selectEmployees(vendor, '53da4c7552b2dbf05521c09b').map((row) => row.employeeName),
    ).toEqual(['Benny Andersen']);
    expect(selectEmployees(vendor, '302').map((row) => row.employeeName)).toEqual(['Hans Hansen']);
    expect(selectEmployees(vendor, 'nobody')).toEqual([]);
    expect(selectEmployees(vendor, undefined)).toBe(vendor);
  });

  it('gives zeros to an employee listed without intervals, nulls to a counter left out', () => {
    const sparse = parseWire('test', TelecomxCdrStatsWire, [
      { employeeId: 'a1', data: {} },
      { employeeId: 'b2', employeeName: null, extensionNumber: 7, data: [] },
      { employeeId: 'c3', data: { '3': { inboundCalls: 4, outboundCalls: 1 } } },
    ]);
    const zero = { calls: 0, answered: 0, notAnswered: 0, durationSeconds: null, talkSeconds: 0 };
    const unknown = {
      calls: null,
      answered: null,
      notAnswered: null,
      durationSeconds: null,
      talkSeconds: null,
    };
    expect(mapAgents(sparse)).toEqual([
      { id: 'a1', name: null, extension: null, incoming: zero, outgoing: zero },
      { id: 'b2', name: null, extension: '7', incoming: zero, outgoing: zero },
      {
        id: 'c3',
        name: null,
        extension: null,
        incoming: { ...unknown, calls: 4 },
        outgoing: { ...unknown, calls: 1 },
      },
    ]);
  });
});

describe('addWindowSamples: UTC hour keys of one local day (D6)', () => {
  function series(answer: TelecomxCdrStatsWire): SeriesPoint[] {
    const [window] = planWindows(day, 'hour');
    if (!window) throw new Error('no window');
    const samples = new Map<number, BucketSample>();
    addWindowSamples(samples, window, answer);
    return zeroFilledSeries(day, 'hour', samples, ['incoming', 'outgoing']);
  }

  it('places each UTC hour key in its local hour, summed over employees, zero-filled', () => {
    const zero = { total: 0, notAnswered: 0 };
    // Copenhagen is UTC+1 in January: key "8" is 09:00 local, key "23" (of the day before) 00:00.
    const busyHours: Record<number, Pick<SeriesPoint, 'incoming' | 'outgoing'>> = {
      9: { incoming: { total: 9, notAnswered: 3 }, outgoing: { total: 4, notAnswered: 2 } },
      15: { incoming: { total: 2, notAnswered: 0 }, outgoing: zero },
      0: { incoming: zero, outgoing: { total: 2, notAnswered: 0 } },
    };
    const expected = Array.from({ length: 24 }, (_, hour) => ({
      start: `2026-01-13T${String(hour).padStart(2, '0')}:00:00+01:00`,
      incoming: busyHours[hour]?.incoming ?? zero,
      outgoing: busyHours[hour]?.outgoing ?? zero,
      internal: null,
    }));
    expect(series(rows('cdrstats-hour-day.json'))).toEqual(expected);
  });

  it('reads zero-padded keys as the same interval', () => {
    const points = series(
      parseWire('test', TelecomxCdrStatsWire, [
        {
          employeeId: 'a',
          data: { '07': { inboundCalls: 2, inboundUnanswered: 1, inboundBusy: 0 } },
        },
      ]),
    );
    expect(points[8]?.incoming).toEqual({ total: 2, notAnswered: 1 });
    expect(points[8]?.outgoing).toEqual({ total: null, notAnswered: null });
  });

  it('refuses a key the window did not ask for rather than guessing its bucket', () => {
    const [window] = planWindows(
      { ...day, from: day.from.set({ hour: 9 }), to: day.from.set({ hour: 12 }) },
      'hour',
    );
    if (!window) throw new Error('no window');
    // 09:00–12:00 local is 08:00–11:00 UTC: keys 8, 9 and 10; the local hour 11 is not one.
    const answer = parseWire('test', TelecomxCdrStatsWire, [
      { employeeId: 'a', data: { '11': { inboundCalls: 1 } } },
    ]);
    const error = thrown(() => addWindowSamples(new Map(), window, answer));
    expect(error).toMatchObject({ kind: 'schema' });
    expect(error.message).toMatch(
      /^telecomx cdrstats: interval "11" is not one of the HOUR intervals asked for/,
    );
    const dated = parseWire('test', TelecomxCdrStatsWire, [
      { employeeId: 'a', data: { '2026-01-13': {} } },
    ]);
    expect(thrown(() => addWindowSamples(new Map(), window, dated)).kind).toBe('schema');
  });
});

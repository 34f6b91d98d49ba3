import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AgentStats, ExternalNumberStats, SeriesPoint, SummaryData } from '@/lib/model/stats';
import { parseWire } from '@/lib/upstream/parse';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { isoWithOffset, type TimeRange } from '@/lib/time/range';
import { UtelCallsCountWire, UtelGroupedWire, UtelUsersWire } from './api-types';
import {
  mapAgents,
  mapCallsCount,
  mapExternalNumbers,
  firstRepeatedHourEnd,
  mapGroupedSeries,
  parseBucketLabel,
} from './mapper';
import { readFixture } from '@/lib/testing/fixtures';

const zone = 'Asia/Tashkent';

function fixture(name: string): unknown {
  return JSON.parse(readFixture('utel', name));
}

function grouped(name: string) {
  return parseWire('test', UtelGroupedWire, fixture(name));
}

function users(name: string) {
  return parseWire('test', UtelUsersWire, fixture(name));
}

function range(from: string, to: string, inZone = zone): TimeRange {
  return {
    from: DateTime.fromISO(from, { zone: inZone }),
    to: DateTime.fromISO(to, { zone: inZone }),
    zone: inZone,
  };
}

const zero = { total: 0, notAnswered: 0 };

function point(start: string, incoming = zero, outgoing = zero, internal = zero) {
  return { start, incoming, outgoing, internal };
}

describe('mapCallsCount', () => {
  it('maps the vendor example; busy, failed and durations are unknown', () => {
    const summary = mapCallsCount(parseWire('t', UtelCallsCountWire, fixture('calls-count.json')));
    const totals = (total: number, answered: number, notAnswered: number) => ({
      total,
      answered,
      notAnswered,
      busy: null,
      failed: null,
      durationSeconds: null,
      talkSeconds: null,
    });
    expect(SummaryData.parse(summary)).toEqual({
      incoming: totals(150, 120, 30),
      outgoing: totals(230, 200, 30),
      internal: totals(45, 40, 5),
    });
  });
});

describe('mapGroupedSeries', () => {
  it('maps the vendor hourly example and zero-fills the hours it leaves out (D1)', () => {
    const points = mapGroupedSeries(
      grouped('calls-by-hour.json'),
      'hour',
      range('2026-01-13T08:00', '2026-01-13T12:00'),
      'utel calls-by-hour',
    );
    expect(SeriesPoint.array().parse(points)).toEqual([
      point('2026-01-13T08:00:00+05:00'),
      point('2026-01-13T09:00:00+05:00', { total: 12, notAnswered: 2 }),
      point('2026-01-13T10:00:00+05:00', { total: 18, notAnswered: 3 }),
      point('2026-01-13T11:00:00+05:00', { total: 25, notAnswered: 5 }),
    ]);
  });

  it('reads D1 day buckets in any order, sparse, with not-answered-only days', () => {
    const points = mapGroupedSeries(
      grouped('calls-by-day.json'),
      'day',
      range('2026-01-12', '2026-01-16'),
      'utel calls-by-day',
    );
    expect(points).toEqual([
      point('2026-01-12T00:00:00+05:00'),
      point('2026-01-13T00:00:00+05:00', { total: 4, notAnswered: 0 }),
      point('2026-01-14T00:00:00+05:00', zero, { total: 3, notAnswered: 0 }),
      point('2026-01-15T00:00:00+05:00', { total: 7, notAnswered: 1 }),
    ]);
  });

  it('takes any single label key besides call_count, keyed lists and digit strings (D1)', () => {
    const points = mapGroupedSeries(
      grouped('calls-by-day-other-key.json'),
      'day',
      range('2026-01-13', '2026-01-15'),
      'utel calls-by-day',
    );
    expect(points).toEqual([
      point('2026-01-13T00:00:00+05:00', zero, { total: 2, notAnswered: 0 }),
      point('2026-01-14T00:00:00+05:00', { total: 9, notAnswered: 0 }),
    ]);
  });

  it('maps month buckets, leaving out-of-range buckets aside', () => {
    const points = mapGroupedSeries(
      grouped('calls-by-month.json'),
      'month',
      range('2026-01-01', '2026-03-01'),
      'utel calls-by-month',
    );
    expect(points).toEqual([
      point(
        '2026-01-01T00:00:00+05:00',
        { total: 120, notAnswered: 20 },
        { total: 90, notAnswered: 11 },
      ),
      point('2026-02-01T00:00:00+05:00'),
    ]);
  });

  it('reads naive labels in the configured zone (D3)', () => {
    const points = mapGroupedSeries(
      grouped('calls-by-hour.json'),
      'hour',
      range('2026-01-13T09:00', '2026-01-13T10:00', 'Europe/Moscow'),
      'utel calls-by-hour',
    );
    expect(points).toEqual([point('2026-01-13T09:00:00+03:00', { total: 12, notAnswered: 2 })]);
  });

  it('refuses a label that is not a bucket of the asked size', () => {
    const wire = grouped('calls-by-day.json');
    const map = () => mapGroupedSeries(wire, 'hour', range('2026-01-13', '2026-01-14'), 'utel x');
    expect(map).toThrow(UpstreamError);
    expect(map).toThrow('utel x: unexpected answer shape (date "2026-01-15" is not a hour)');
  });
});

describe('parseBucketLabel', () => {
  it('accepts the usual spellings and needs the bucket precision', () => {
    const iso = (label: string, bucket: 'hour' | 'day' | 'month') =>
      parseBucketLabel(label, bucket, zone)?.toISO({ suppressMilliseconds: true });
    expect(iso('2026-01-13 09:00:00', 'hour')).toBe('2026-01-13T09:00:00+05:00');
    expect(iso('2026-01-13T09:30', 'hour')).toBe('2026-01-13T09:00:00+05:00');
    expect(iso('2026-01-13 09', 'hour')).toBe('2026-01-13T09:00:00+05:00');
    expect(iso('2026-01-13', 'day')).toBe('2026-01-13T00:00:00+05:00');
    expect(iso('2026-01', 'month')).toBe('2026-01-01T00:00:00+05:00');
    expect(iso('2026-01-13', 'month')).toBe('2026-01-01T00:00:00+05:00');
    expect(iso('2026-01', 'day')).toBeUndefined();
    expect(iso('2026-01-13', 'hour')).toBeUndefined();
    expect(iso('2026-02-30', 'day')).toBeUndefined();
    expect(iso('9', 'hour')).toBeUndefined();
  });
});

describe('mapExternalNumbers', () => {
  it('gives one row per number; calls without a trunk number stay, under ""', () => {
    const rows = mapExternalNumbers(grouped('calls-by-external-number.json'));
    expect(ExternalNumberStats.array().parse(rows)).toEqual([
      {
        number: '781130590',
        incoming: { total: 4, notAnswered: 0 },
        outgoing: { total: 6, notAnswered: 2 },
        internal: zero,
      },
      {
        number: '781130591',
        incoming: { total: 2, notAnswered: 1 },
        outgoing: zero,
        internal: zero,
      },
      { number: '', incoming: zero, outgoing: zero, internal: { total: 3, notAnswered: 0 } },
    ]);
  });
});

describe('mapAgents', () => {
  it('joins the vendor example with its status=1 and status=2 answers', () => {
    const agents = mapAgents(
      users('calls-by-users.json'),
      users('calls-by-users-answered.json'),
      users('calls-by-users-not-answered.json'),
    );
    expect(AgentStats.array().parse(agents)).toEqual([
      {
        id: '101',
        name: null,
        extension: '101',
        incoming: {
          calls: 78,
          answered: 70,
          notAnswered: 8,
          durationSeconds: 6200,
          talkSeconds: 5800,
        },
        outgoing: {
          calls: 45,
          answered: 40,
          notAnswered: 5,
          durationSeconds: 3600,
          talkSeconds: 3200,
        },
      },
      {
        id: '102',
        name: null,
        extension: '102',
        incoming: {
          calls: 55,
          answered: 50,
          notAnswered: 0,
          durationSeconds: 4500,
          talkSeconds: 4100,
        },
        outgoing: {
          calls: 30,
          answered: 25,
          notAnswered: 0,
          durationSeconds: 2400,
          talkSeconds: 2100,
        },
      },
    ]);
  });

  it('keeps a user seen only in a status list, with unknown totals', () => {
    const [only] = mapAgents([], [], users('calls-by-users-not-answered.json'));
    expect(only?.incoming).toEqual({
      calls: null,
      answered: 0,
      notAnswered: 8,
      durationSeconds: null,
      talkSeconds: null,
    });
  });
});

describe('mapGroupedSeries on summer-time change days (D12)', () => {
  const cph = 'Europe/Copenhagen';
  const hourly = (items: [string, number][]) =>
    parseWire('test', UtelGroupedWire, {
      status: 'success',
      code: 200,
      message: 'Ok',
      result: {
        incoming: {
          all: items.map(([date_hour, call_count]) => ({ date_hour, call_count })),
          not_answered: [],
        },
        outgoing: { all: [], not_answered: [] },
        internal: { all: [], not_answered: [] },
      },
    });
  const incoming = (points: { start: string; incoming: unknown }[]) =>
    points.map((p) => [p.start, (p.incoming as { total: number }).total]);

  it('splits the repeated hour by the answer cut at its first occurrence', () => {
    const autumn = range('2026-10-25T01:00', '2026-10-25T04:00', cph);
    expect(isoWithOffset(firstRepeatedHourEnd(autumn) ?? autumn.to)).toBe(
      '2026-10-25T02:00:00+01:00',
    );
    const whole = hourly([
      ['2026-10-25 01:00:00', 1],
      ['2026-10-25 02:00:00', 5],
      ['2026-10-25 03:00:00', 4],
    ]);
    const first = hourly([
      ['2026-10-25 01:00:00', 1],
      ['2026-10-25 02:00:00', 2],
    ]);
    expect(incoming(mapGroupedSeries(whole, 'hour', autumn, 'utel', first))).toEqual([
      ['2026-10-25T01:00:00+02:00', 1],
      ['2026-10-25T02:00:00+02:00', 2],
      ['2026-10-25T02:00:00+01:00', 3],
      ['2026-10-25T03:00:00+01:00', 4],
    ]);
    // Without the cut answer, the label counts for the first occurrence.
    expect(incoming(mapGroupedSeries(whole, 'hour', autumn, 'utel')).slice(1, 3)).toEqual([
      ['2026-10-25T02:00:00+02:00', 5],
      ['2026-10-25T02:00:00+01:00', 0],
    ]);
  });

  it('gives the 23-hour day 23 points and no cut', () => {
    const spring = range('2026-03-29', '2026-03-30', cph);
    expect(firstRepeatedHourEnd(spring)).toBeUndefined();
    const points = mapGroupedSeries(hourly([['2026-03-29 03:00:00', 2]]), 'hour', spring, 'utel');
    expect(points).toHaveLength(23);
    expect(incoming(points).slice(1, 3)).toEqual([
      ['2026-03-29T01:00:00+01:00', 0],
      ['2026-03-29T03:00:00+02:00', 2],
    ]);
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SeriesPoint, SummaryData } from '@/lib/model/stats';
import type { TimeRange } from '@/lib/time/range';
import { AsternicPagedReportWire, type AsternicReportRowWire } from './api-types';
import { reportCells } from './report-cells';
import {
  mapReportAgents,
  mapReportExternalNumbers,
  mapReportSeries,
  mapReportSummary,
  type WindowCells,
} from './report-stats';
import { readFixture } from '@/lib/testing/fixtures';

const zone = 'Asia/Tashkent';

function rows(name: string): AsternicReportRowWire[] {
  const text = readFixture('asternic', name);
  return AsternicPagedReportWire.parse(JSON.parse(text)).rows;
}

function span(from: string, to: string): TimeRange {
  return { zone, from: DateTime.fromISO(from, { zone }), to: DateTime.fromISO(to, { zone }) };
}

const august1 = span('2016-08-01', '2016-08-02');
const answeredRows = rows('answered-calls-detail.json');
const complete = answeredRows.slice(0, 2);
const unansweredRows = rows('unanswered-calls-detail.json');

/** One window of 2016-08-01 from the vendor answered example and the hand-made unanswered one. */
function day(
  answered = answeredRows,
  unanswered: AsternicReportRowWire[] | null = unansweredRows,
): WindowCells[] {
  return [
    {
      window: august1,
      answered: reportCells(answered, 'answered', august1),
      unanswered: unanswered && reportCells(unanswered, 'unanswered', august1),
    },
  ];
}

const incomingOnly = { outgoing: null, internal: null };

describe('summary', () => {
  it('maps the vendor example: answered + unanswered, talk unknown for the cut-off row', () => {
    const summary = SummaryData.parse(mapReportSummary(day()));
    expect(summary).toEqual({
      incoming: {
        total: 5,
        answered: 3,
        notAnswered: 2,
        busy: null,
        failed: null,
        durationSeconds: null,
        talkSeconds: null,
      },
      ...incomingOnly,
    });
  });

  it('sums talk and queue time of complete rows', () => {
    expect(mapReportSummary(day(complete)).incoming).toEqual({
      total: 4,
      answered: 2,
      notAnswered: 2,
      busy: null,
      failed: null,
      durationSeconds: 10 + 94 + 13 + 63 + 35 + 120,
      talkSeconds: 94 + 63,
    });
  });

  it('gives real zeros for an empty report, never nulls', () => {
    const empty = rows('report-empty.json');
    expect(mapReportSummary(day(empty, empty)).incoming).toEqual({
      total: 0,
      answered: 0,
      notAnswered: 0,
      busy: null,
      failed: null,
      durationSeconds: 0,
      talkSeconds: 0,
    });
  });

  it('counts an agent’s answered calls only when unanswered calls are not attributable', () => {
    const travis = reportCells(answeredRows, 'answered', august1, { agent: 'Travis Spencer' });
    const windows = [{ window: august1, answered: travis, unanswered: null }];
    expect(mapReportSummary(windows).incoming).toEqual({
      total: 2,
      answered: 2,
      notAnswered: null,
      busy: null,
      failed: null,
      durationSeconds: 180,
      talkSeconds: 157,
    });
  });

  it('filters by DID, unknown where a row has no did column', () => {
    expect(mapReportSummary(day(), '712000100').incoming).toMatchObject({
      total: null,
      answered: null,
      notAnswered: 1,
    });
    expect(mapReportSummary(day(complete), '712000100').incoming).toEqual({
      total: 1,
      answered: 0,
      notAnswered: 1,
      busy: null,
      failed: null,
      durationSeconds: 120,
      talkSeconds: 0,
    });
  });
});

const point = (start: string, total: number | null, notAnswered: number | null) => ({
  start,
  incoming: { total, notAnswered },
  ...incomingOnly,
});

describe('series', () => {
  it('buckets by queue-entry hour in the source zone, zero-filled', () => {
    const range = span('2016-08-01T09:00', '2016-08-01T13:00');
    const series = SeriesPoint.array().parse(mapReportSeries(range, 'hour', day()));
    expect(series).toEqual([
      point('2016-08-01T09:00:00+05:00', 0, 0),
      point('2016-08-01T10:00:00+05:00', 3, 1),
      point('2016-08-01T11:00:00+05:00', 2, 1),
      point('2016-08-01T12:00:00+05:00', 0, 0),
    ]);
  });

  it('builds day and month buckets from the same cells', () => {
    expect(mapReportSeries(span('2016-07-31', '2016-08-03'), 'day', day())).toEqual([
      point('2016-07-31T00:00:00+05:00', 0, 0),
      point('2016-08-01T00:00:00+05:00', 5, 2),
      point('2016-08-02T00:00:00+05:00', 0, 0),
    ]);
    expect(mapReportSeries(span('2016-08-01', '2016-10-01'), 'month', day())).toEqual([
      point('2016-08-01T00:00:00+05:00', 5, 2),
      point('2016-09-01T00:00:00+05:00', 0, 0),
    ]);
  });

  it('leaves notAnswered null under an agent filter', () => {
    const windows = [
      { window: august1, answered: reportCells(complete, 'answered', august1), unanswered: null },
    ];
    expect(mapReportSeries(span('2016-08-01T10:00', '2016-08-01T12:00'), 'hour', windows)).toEqual([
      point('2016-08-01T10:00:00+05:00', 2, null),
      point('2016-08-01T11:00:00+05:00', 0, null),
    ]);
  });

  it('makes the buckets a row could belong to unknown', () => {
    const range = span('2016-08-01T10:00', '2016-08-01T12:00');
    const unreadable = [{ datetime: '2016/08/01 10:00', waitTime: '5', callTime: '7' }];
    expect(mapReportSeries(range, 'hour', day(unreadable, []))).toEqual([
      point('2016-08-01T10:00:00+05:00', null, 0),
      point('2016-08-01T11:00:00+05:00', null, 0),
    ]);
    // Under a DID filter, Regina's row (no did column) leaves only its own hour unknown.
    expect(mapReportSeries(range, 'hour', day(), '712000100')).toEqual([
      point('2016-08-01T10:00:00+05:00', 0, 0),
      point('2016-08-01T11:00:00+05:00', null, 1),
    ]);
  });
});

describe('agents', () => {
  it('groups answered calls by agent name', () => {
    expect(mapReportAgents(day())).toEqual([
      {
        id: 'Regina Spek',
        name: 'Regina Spek',
        extension: null,
        incoming: {
          calls: 1,
          answered: 1,
          notAnswered: null,
          durationSeconds: null,
          talkSeconds: null,
        },
        outgoing: null,
      },
      {
        id: 'Travis Spencer',
        name: 'Travis Spencer',
        extension: null,
        incoming: {
          calls: 2,
          answered: 2,
          notAnswered: null,
          durationSeconds: 180,
          talkSeconds: 157,
        },
        outgoing: null,
      },
    ]);
    expect(mapReportAgents(day(complete), '712000100')).toEqual([]);
  });
});

describe('external numbers', () => {
  it('splits by DID; "" holds the calls that came without one', () => {
    expect(mapReportExternalNumbers(day(complete))).toEqual([
      { number: '', incoming: { total: 3, notAnswered: 1 }, ...incomingOnly },
      { number: '712000100', incoming: { total: 1, notAnswered: 1 }, ...incomingOnly },
    ]);
    expect(mapReportExternalNumbers(day(complete), '712000100')).toHaveLength(1);
  });

  it('leaves counts unknown when a report’s rows lack the did column', () => {
    expect(mapReportExternalNumbers(day())).toEqual([
      { number: '', incoming: { total: null, notAnswered: 1 }, ...incomingOnly },
      { number: '712000100', incoming: { total: null, notAnswered: 1 }, ...incomingOnly },
    ]);
    const noDid = [{ datetime: '01-08-2016 10:00:00', waitTime: '9' }];
    expect(mapReportExternalNumbers(day(complete, noDid))).toEqual([
      { number: '', incoming: { total: null, notAnswered: null }, ...incomingOnly },
    ]);
  });
});

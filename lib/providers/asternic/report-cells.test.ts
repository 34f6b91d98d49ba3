import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { TimeRange } from '@/lib/time/range';
import { AsternicPagedReportWire, type AsternicReportRowWire } from './api-types';
import { parseReportDateTime, reportCells, type AsternicCell } from './report-cells';
import { readFixture } from '@/lib/testing/fixtures';

function rows(name: string): AsternicReportRowWire[] {
  const text = readFixture('asternic', name);
  return AsternicPagedReportWire.parse(JSON.parse(text)).rows;
}

function window(from: string, to: string, zone: string): TimeRange {
  return { zone, from: DateTime.fromISO(from, { zone }), to: DateTime.fromISO(to, { zone }) };
}

/** Cells with the hour written out, for readable expectations. */
function readable(cells: AsternicCell[], zone: string) {
  return cells.map(({ hourMs, ...cell }) => ({
    hour: hourMs === null ? null : DateTime.fromMillis(hourMs, { zone }).toISO(),
    ...cell,
  }));
}

const answered = rows('answered-calls-detail.json');
const unanswered = rows('unanswered-calls-detail.json');

describe('answered_calls_detail (vendor example) → cells', () => {
  it.each([
    ['Asia/Tashkent', '2016-08-01T10:00:00.000+05:00', '2016-08-01T11:00:00.000+05:00'],
    ['UTC', '2016-08-01T10:00:00.000Z', '2016-08-01T11:00:00.000Z'],
  ])('reads naive times in %s', (zone, ten, eleven) => {
    const day = window('2016-08-01', '2016-08-02', zone);
    expect(readable(reportCells(answered, 'answered', day), zone)).toEqual([
      {
        hour: ten,
        agent: 'Travis Spencer',
        did: '',
        calls: 2,
        talkSeconds: 94 + 63,
        durationSeconds: 10 + 94 + 13 + 63,
        queue: '2002',
        waitSeconds: 10 + 13,
        // Both held under the default 20-second threshold.
        withinThreshold: 2,
        abandoned: 0,
      },
      // The example's cut-off row: no waitTime, callTime or did column, so those stay unknown.
      {
        hour: eleven,
        agent: 'Regina Spek',
        did: null,
        calls: 1,
        talkSeconds: null,
        durationSeconds: null,
        queue: '2000',
        waitSeconds: null,
        withinThreshold: null,
        abandoned: 0,
      },
    ]);
  });

  it('takes datetime − waitTime as the queue entry, as the vendor search example shows', () => {
    const search = rows('search.json');
    for (const [index, row] of answered.slice(0, 2).entries()) {
      const connect = parseReportDateTime(row.datetime, 'UTC');
      const entry = connect?.minus({ seconds: Number(row.waitTime) });
      expect(entry?.toISO()).toBe(parseReportDateTime(search[index]?.dateStart, 'UTC')?.toISO());
    }
  });

  it('filters by the queue and agent columns as well as the server', () => {
    const day = window('2016-08-01', '2016-08-02', 'UTC');
    expect(reportCells(answered, 'answered', day, { queue: '2000' })).toMatchObject([
      { agent: 'Regina Spek', calls: 1 },
    ]);
    expect(reportCells(answered, 'answered', day, { agent: 'Travis Spencer' })).toMatchObject([
      { agent: 'Travis Spencer', calls: 2 },
    ]);
    // A row without the column is left to the server's own filtering.
    const bare = [{ datetime: '01-08-2016 10:00:00' }];
    expect(reportCells(bare, 'answered', day, { queue: '2000' })).toHaveLength(1);
  });
});

describe('unanswered_calls_detail (undocumented rows) → cells', () => {
  it('reads the simulator shape: no agent, talk 0, duration = wait', () => {
    const zone = 'Asia/Tashkent';
    const day = window('2016-08-01', '2016-08-02', zone);
    expect(readable(reportCells(unanswered, 'unanswered', day), zone)).toEqual([
      {
        hour: '2016-08-01T10:00:00.000+05:00',
        agent: null,
        did: '',
        calls: 1,
        talkSeconds: 0,
        durationSeconds: 35,
        queue: '2002',
        waitSeconds: 35,
        withinThreshold: 0,
        abandoned: 1,
      },
      {
        hour: '2016-08-01T11:00:00.000+05:00',
        agent: null,
        did: '712000100',
        calls: 1,
        talkSeconds: 0,
        durationSeconds: 120,
        queue: '2000',
        waitSeconds: 120,
        withinThreshold: 0,
        // EXITWITHTIMEOUT: unanswered, not abandoned.
        abandoned: 0,
      },
    ]);
  });

  it('accepts label-style keys, HH:MM:SS waits and yyyy-mm-dd times', () => {
    const day = window('2016-08-01', '2016-08-02', 'UTC');
    const labelled: AsternicReportRowWire[] = [
      {
        'Date Time': '01-08-2016 10:00:00',
        Queue: '2002',
        Event: 'ABANDON',
        'Wait Time': '00:00:30',
      },
      { date_time: '2016-08-01 10:20:00', wait_time: '5' },
    ];
    expect(readable(reportCells(labelled, 'unanswered', day), 'UTC')).toEqual([
      {
        hour: '2016-08-01T09:00:00.000Z',
        agent: null,
        did: null,
        calls: 1,
        talkSeconds: 0,
        durationSeconds: 30,
        queue: '2002',
        waitSeconds: 30,
        withinThreshold: 0,
        abandoned: 1,
      },
      {
        hour: '2016-08-01T10:00:00.000Z',
        agent: null,
        did: null,
        calls: 1,
        talkSeconds: 0,
        durationSeconds: 5,
        queue: null,
        waitSeconds: 5,
        withinThreshold: 0,
        // No event column: whether the caller gave up is unknown.
        abandoned: null,
      },
    ]);
  });
});

describe('edge rows', () => {
  const part = window('2016-08-01T10:00', '2016-08-01T12:00', 'UTC');

  it('keeps a row inside the window the report returned it for', () => {
    const edges = [
      { datetime: '01-08-2016 10:00:05', waitTime: '30', callTime: '60', agent: 'A' },
      { datetime: '01-08-2016 12:00:20', waitTime: '10', callTime: '60', agent: 'A' },
    ];
    expect(readable(reportCells(edges, 'answered', part), 'UTC').map((c) => c.hour)).toEqual([
      '2016-08-01T10:00:00.000Z',
      '2016-08-01T11:00:00.000Z',
    ]);
  });

  it('marks what it cannot read as unknown instead of guessing', () => {
    const odd = [
      { datetime: '2016/08/01 10:00', waitTime: '5', callTime: '7', agent: 'NONE' },
      { datetime: '01-08-2016 10:30:00', waitTime: '5', callTime: 'n/a', agent: '' },
    ];
    expect(reportCells(odd, 'answered', part)).toEqual([
      {
        hourMs: null,
        agent: null,
        did: null,
        calls: 1,
        talkSeconds: 7,
        durationSeconds: 12,
        queue: null,
        waitSeconds: 5,
        withinThreshold: 1,
        abandoned: 0,
      },
      {
        hourMs: +DateTime.fromISO('2016-08-01T10:00:00Z'),
        agent: null,
        did: null,
        calls: 1,
        talkSeconds: null,
        durationSeconds: null,
        queue: null,
        waitSeconds: 5,
        withinThreshold: 1,
        abandoned: 0,
      },
    ]);
    expect(parseReportDateTime('31-02-2016 10:00:00', 'UTC')).toBeNull();
  });
});

describe('service-level counts', () => {
  it("counts an answered call within its queue's threshold, at most T seconds of hold", () => {
    const day = window('2016-08-01', '2016-08-02', 'UTC');
    const held = (queue: string, wait: string): AsternicReportRowWire => ({
      datetime: '01-08-2016 10:00:00',
      queue,
      agent: 'A',
      waitTime: wait,
      callTime: '60',
    });
    const cells = reportCells(
      [held('a', '10'), held('a', '11'), held('b', '11'), held('b', '30'), held('b', '31')],
      'answered',
      day,
      {},
      (queue) => (queue === 'a' ? 10 : 30),
    );
    expect(
      cells.map(({ queue, calls, withinThreshold }) => [queue, calls, withinThreshold]),
    ).toEqual([
      ['a', 2, 1],
      ['b', 3, 2],
    ]);
  });
});

describe('reportCells in the repeated hour of an autumn change (D11)', () => {
  const cph = 'Europe/Copenhagen';
  const changeDay: TimeRange = {
    from: DateTime.fromISO('2026-10-25T00:00', { zone: cph }),
    to: DateTime.fromISO('2026-10-26T00:00', { zone: cph }),
    zone: cph,
  };
  const row = (uniqueid: string | undefined): AsternicReportRowWire => ({
    datetime: '25-10-2026 02:30:10',
    queue: 'sales',
    agent: 'Bo',
    waitTime: '10',
    callTime: '60',
    ...(uniqueid === undefined ? {} : { uniqueid }),
  });
  const hours = (rows: AsternicReportRowWire[]) =>
    reportCells(rows, 'answered', changeDay).map((cell) =>
      DateTime.fromMillis(cell.hourMs ?? 0, { zone: cph }).toISO({ suppressMilliseconds: true }),
    );

  it("places each call in the occurrence its uniqueid's epoch (the queue entry) names", () => {
    const first = Date.parse('2026-10-25T00:30:00Z') / 1000;
    const second = Date.parse('2026-10-25T01:30:00Z') / 1000;
    expect(hours([row(`${first}.7`), row(`${second}.8`)])).toEqual([
      '2026-10-25T02:00:00+02:00',
      '2026-10-25T02:00:00+01:00',
    ]);
  });

  it('takes the first occurrence without a usable uniqueid', () => {
    expect(hours([row(undefined), row('SIP-abc')])).toEqual(['2026-10-25T02:00:00+02:00']);
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseRange, type TimeRange } from '@/lib/time/range';
import { inZone, planReportWindows, windowParams } from './report-windows';

function range(from: string, to: string, zone: string): TimeRange {
  const result = parseRange(from, to, zone);
  if (!result.ok) throw new Error(result.message);
  return result.range;
}

const paramsOf = (windows: TimeRange[], filters = {}) =>
  windows.map((window) => windowParams(window, filters));

/** `now` far in the future: every whole month in these ranges is closed. */
const later = DateTime.fromISO('2030-01-01T00:00:00Z').toMillis();

describe('report windows and parameters', () => {
  it('splits a Tashkent range into local days, seconds only on the partial ends', () => {
    const windows = planReportWindows(
      range('2016-08-01T09:30', '2016-08-03T10:00', 'Asia/Tashkent'),
      later,
    );
    expect(paramsOf(windows)).toEqual([
      { start: '2016-08-01', end: '2016-08-01', secondsstart: 34200 },
      { start: '2016-08-02', end: '2016-08-02' },
      { start: '2016-08-03', end: '2016-08-03', secondsend: 35999 },
    ]);
  });

  it('sends both seconds for a window inside one day, the end as its last second', () => {
    const windows = planReportWindows(range('2016-08-01T10:00', '2016-08-01T12:00', 'UTC'), later);
    expect(paramsOf(windows, { queue: '2002', agent: 'Travis Spencer' })).toEqual([
      {
        start: '2016-08-01',
        end: '2016-08-01',
        secondsstart: 36000,
        secondsend: 43199,
        queue: '2002',
        agent: 'Travis Spencer',
      },
    ]);
  });

  it('reads the same instants as local dates of the source zone', () => {
    const utc = range('2016-07-31T19:00', '2016-08-01T19:00', 'UTC');
    expect(paramsOf(planReportWindows(inZone(utc, 'Asia/Tashkent'), later))).toEqual([
      { start: '2016-08-01', end: '2016-08-01' },
    ]);
    expect(paramsOf(planReportWindows(utc, later))).toEqual([
      { start: '2016-07-31', end: '2016-07-31', secondsstart: 68400 },
      { start: '2016-08-01', end: '2016-08-01', secondsend: 68399 },
    ]);
  });

  it('fetches a closed whole month as one window, other months day by day', () => {
    const rangeJulToSep = range('2016-07-15', '2016-09-30', 'Asia/Tashkent');
    const september10 = DateTime.fromISO('2016-09-10T12:00', { zone: 'Asia/Tashkent' });
    const windows = planReportWindows(rangeJulToSep, september10.toMillis());
    expect(windows).toHaveLength(17 + 1 + 30);
    expect(windowParams(windows[17] as TimeRange, {})).toEqual({
      start: '2016-08-01',
      end: '2016-08-31',
    });
    // Until calls that were talking at midnight have ended, August stays day by day.
    const justAfter = DateTime.fromISO('2016-09-01T01:00', { zone: 'Asia/Tashkent' });
    expect(planReportWindows(rangeJulToSep, justAfter.toMillis())).toHaveLength(17 + 31 + 30);
  });

  it('follows daylight saving time in the source zone', () => {
    const fallBack = planReportWindows(range('2016-10-30', '2016-10-30', 'Europe/Berlin'), later);
    expect(fallBack.map((w) => [w.from.toISO(), w.to.toISO()])).toEqual([
      ['2016-10-30T00:00:00.000+02:00', '2016-10-31T00:00:00.000+01:00'],
    ]);
    expect(paramsOf(fallBack)).toEqual([{ start: '2016-10-30', end: '2016-10-30' }]);
    const springForward = range('2016-03-27T01:00', '2016-03-27T04:00', 'Europe/Berlin');
    expect(paramsOf(planReportWindows(springForward, later))).toEqual([
      { start: '2016-03-27', end: '2016-03-27', secondsstart: 3600, secondsend: 14399 },
    ]);
  });
});

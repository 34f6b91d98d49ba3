import { describe, expect, it } from 'vitest';
import { sourceInfo } from '@/lib/testing/source-info';
import {
  changeReportParams,
  parseReportParams,
  resolveReportState,
  serializeReportParams,
  statsRequest,
  toUrlState,
  type ReportState,
} from './url-state';

const hq = sourceInfo('hq', ['hour', 'day', 'month'], ['queue', 'agent']);
const ru = sourceInfo('ru', ['day']);
const sources = [hq, ru];
const now = new Date('2026-12-04T05:00:00Z');

function resolve(query: string): ReportState {
  const state = resolveReportState(parseReportParams(new URLSearchParams(query)), sources, now);
  if (!state) throw new Error('no state');
  return state;
}

describe('URL state', () => {
  it('defaults to the first source, the last 7 days and a fitting bucket', () => {
    const state = resolve('');
    expect(state.source.id).toBe('hq');
    expect(state.preset).toBe('last-7-days');
    expect(state.range).toEqual({ from: '2026-11-28', to: '2026-12-04' });
    expect(state.bucket).toBe('day');
    expect(state.chart).toBe('direction');
    expect(serializeReportParams(toUrlState(state))).toBe(
      'source=hq&preset=last-7-days&bucket=day&chart=direction',
    );
  });

  it('round-trips every value through the query string', () => {
    const query =
      'source=hq&from=2026-11-01&to=2026-11-03&bucket=hour&chart=outcome&queue=support&agent=Ann+Lee';
    const state = resolve(query);
    expect(state.preset).toBeNull();
    expect(state.range).toEqual({ from: '2026-11-01', to: '2026-11-03' });
    expect(state.bucket).toBe('hour');
    expect(state.filters).toEqual({ queue: 'support', agent: 'Ann Lee' });
    expect(serializeReportParams(toUrlState(state))).toBe(query);
  });

  it('falls back to defaults for invalid values without throwing', () => {
    const state = resolve(
      'source=nope&preset=fortnight&from=2026-02-30&to=x&bucket=week&chart=pie&queue=%3Cscript%3E',
    );
    expect(state.source.id).toBe('hq');
    expect(state.preset).toBe('last-7-days');
    expect(state.bucket).toBe('day');
    expect(state.chart).toBe('direction');
    expect(state.filters).toEqual({});
    expect(resolve('from=2026-12-04&to=2026-12-01').preset).toBe('last-7-days');
  });

  it('drops a bucket the source or the range cannot give, and filters it does not honour', () => {
    expect(resolve('source=ru&preset=today&bucket=hour&queue=support')).toMatchObject({
      bucket: 'day',
      filters: {},
    });
    // 40 days is too long for hours.
    expect(resolve('source=hq&from=2026-10-01&to=2026-11-09&bucket=hour').bucket).toBe('day');
  });

  it('reads capabilities without `filters` as offering none', () => {
    expect(resolve('source=ru&externalNumber=781130592').filters).toEqual({});
  });

  it('is undefined only when there are no sources', () => {
    expect(resolveReportState({ filters: {} }, [], now)).toBeUndefined();
  });
});

describe('changeReportParams', () => {
  const state = resolve('source=hq&preset=last-7-days&bucket=day&chart=direction&queue=support');

  it('replaces a preset by dates and dates by a preset', () => {
    expect(changeReportParams(state, { from: '2026-11-01', to: '2026-11-02' })).toBe(
      'source=hq&from=2026-11-01&to=2026-11-02&bucket=day&chart=direction&queue=support',
    );
    const custom = resolve('source=hq&from=2026-11-01&to=2026-11-02');
    expect(changeReportParams(custom, { preset: 'today' })).toBe(
      'source=hq&preset=today&bucket=hour&chart=direction',
    );
  });

  it('changes one value and keeps the rest', () => {
    expect(changeReportParams(state, { bucket: 'hour' })).toContain('bucket=hour');
    expect(changeReportParams(state, { filters: {} })).not.toContain('queue');
  });
});

describe('statsRequest', () => {
  it('asks the API for whole days with the filters', () => {
    expect(statsRequest(resolve('queue=support'))).toEqual({
      from: '2026-11-28',
      to: '2026-12-04',
      queue: 'support',
    });
  });
});

describe('business days (a source whose day starts at 06:00)', () => {
  const dk = {
    ...sourceInfo('dk', ['hour', 'day', 'month']),
    timezone: 'Europe/Copenhagen',
    businessDayStart: '06:00',
  };
  function resolveAt(query: string, at: string): ReportState {
    const state = resolveReportState(
      parseReportParams(new URLSearchParams(query)),
      [dk],
      new Date(at),
    );
    if (!state) throw new Error('no state');
    return state;
  }

  it('before 06:00 "today" is the business day that began yesterday at 06:00', () => {
    // 05:30 CET on Friday 2026-12-04.
    const state = resolveAt('preset=today', '2026-12-04T04:30:00Z');
    expect(state.range).toEqual({ from: '2026-12-03', to: '2026-12-03' });
    expect(state.dayStart).toBe('06:00');
    expect(statsRequest(state)).toEqual({
      from: '2026-12-03T06:00:00+01:00',
      to: '2026-12-04T06:00:00+01:00',
    });
  });

  it('gives "yesterday" on the autumn change its 25 hours, shown by hour only', () => {
    // 2026-10-25 has 25 hours in Copenhagen; its business day runs 06:00+02:00 → 06:00+01:00.
    const state = resolveAt('preset=yesterday&bucket=day', '2026-10-26T10:00:00Z');
    expect(statsRequest(state)).toEqual({
      from: '2026-10-25T06:00:00+01:00',
      to: '2026-10-26T06:00:00+01:00',
    });
    const spring = resolveAt('preset=yesterday', '2026-03-29T10:00:00Z');
    expect(statsRequest(spring)).toEqual({
      from: '2026-03-28T06:00:00+01:00',
      to: '2026-03-29T06:00:00+02:00',
    });
    expect(state.bucket).toBe('hour');
    expect(state.buckets.find((b) => b.bucket === 'day')).toMatchObject({
      available: false,
      reason: 'business-day',
    });
  });

  it('leaves other presets and custom dates in calendar days', () => {
    const week = resolveAt('preset=last-7-days', '2026-12-04T04:30:00Z');
    expect(week.dayStart).toBeNull();
    // At 05:30 the business date is still the 3rd, so the last seven days end there.
    expect(statsRequest(week)).toEqual({ from: '2026-11-27', to: '2026-12-03' });
    expect(resolveAt('from=2026-12-01&to=2026-12-01', '2026-12-04T10:00:00Z').dayStart).toBeNull();
  });
});

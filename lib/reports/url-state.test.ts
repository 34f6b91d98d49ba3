import { describe, expect, it } from 'vitest';
import type { SeriesBucket, StatsFilter } from '@/lib/model/source';
import type { ReportSource } from './report-source';
import {
  changeReportParams,
  parseReportParams,
  resolveReportState,
  serializeReportParams,
  statsRequest,
  toUrlState,
  type ReportState,
} from './url-state';

function source(id: string, series: SeriesBucket[], filters: StatsFilter[] = []): ReportSource {
  return {
    id,
    name: id.toUpperCase(),
    kind: 'asternic',
    timezone: 'Asia/Tashkent',
    refreshSeconds: 5,
    capabilities: {
      summary: true,
      series,
      agents: true,
      externalNumbers: true,
      liveQueues: true,
      filters,
    },
    health: { status: 'ok', lastSuccessAt: null, lastError: null },
  };
}

const hq = source('hq', ['hour', 'day', 'month'], ['queue', 'agent']);
const ru = source('ru', ['day']);
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

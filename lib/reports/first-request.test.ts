import { describe, expect, it } from 'vitest';
import type { SeriesBucket } from '@/lib/model/source';
import { statsPath } from '@/lib/queries/stats-request';
import { sourceInfo } from '@/lib/testing/source-info';
import { firstSeriesPath } from './first-request';
import { parseReportParams, resolveReportState, statsRequest } from './url-state';

const source = (id: string, series: SeriesBucket[]) =>
  sourceInfo(id, series, ['queue'], { kind: 'utel', timezone: 'Europe/Berlin' });

const cloud = source('cloud', ['hour', 'day', 'month']);
const flat = source('flat', []);
// The Sunday summer time ends in Berlin: a 25-hour day.
const now = new Date('2026-10-25T10:00:00Z');

describe('firstSeriesPath', () => {
  it('is the request the page makes for the same query string', () => {
    for (const query of [
      '',
      'source=cloud&from=2026-10-01&to=2026-10-31&bucket=hour&chart=outcome',
      'source=cloud&preset=today&bucket=hour&queue=sales',
      'source=cloud&preset=last-month&bucket=day',
    ]) {
      const params = new URLSearchParams(query);
      const state = resolveReportState(parseReportParams(params), [cloud, flat], now);
      if (!state?.bucket) throw new Error(`no bucket for "${query}"`);
      expect(firstSeriesPath(params, [cloud, flat], now)).toBe(
        statsPath('cloud', 'series', statsRequest(state), state.bucket),
      );
    }
  });

  it('names the range and bucket of the URL', () => {
    const path = firstSeriesPath(
      new URLSearchParams('source=cloud&from=2026-10-01&to=2026-10-31&bucket=hour'),
      [cloud],
      now,
    );
    expect(path).toBe('/api/v1/sources/cloud/series?bucket=hour&from=2026-10-01&to=2026-10-31');
  });

  it('is null for a source without series, and without sources', () => {
    expect(firstSeriesPath(new URLSearchParams('source=flat'), [cloud, flat], now)).toBeNull();
    expect(firstSeriesPath(new URLSearchParams(''), [], now)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './fetch-api';
import { reportExportPath, shouldRetryReport } from './reports';

describe('shouldRetryReport', () => {
  it('keeps trying while the server says the upstream is busy (a long report filling its cache)', () => {
    const busy = new ApiRequestError(503, 'source dk: request budget used up', 'upstream_busy');
    expect(shouldRetryReport(0, busy)).toBe(true);
    expect(shouldRetryReport(20, busy)).toBe(true);
    expect(shouldRetryReport(36, busy)).toBe(false);
  });

  it('gives an unreachable upstream three tries, then shows what failed', () => {
    const down = new ApiRequestError(
      503,
      'source hq: not called after 3 failures',
      'upstream_unavailable',
    );
    expect(shouldRetryReport(2, down)).toBe(true);
    expect(shouldRetryReport(3, down)).toBe(false);
  });

  it('never retries bad input, and other failures three times', () => {
    expect(shouldRetryReport(0, new ApiRequestError(400, 'bad'))).toBe(false);
    expect(shouldRetryReport(0, new ApiRequestError(422, 'unsupported'))).toBe(false);
    expect(shouldRetryReport(2, new ApiRequestError(502, 'upstream'))).toBe(true);
    expect(shouldRetryReport(3, new ApiRequestError(502, 'upstream'))).toBe(false);
  });
});

describe('reportExportPath', () => {
  it('asks the table route for a download of the same rows', () => {
    expect(
      reportExportPath('hq', 'series', { from: '2026-12-01', to: '2026-12-04' }, 'csv', 'day'),
    ).toBe('/api/v1/sources/hq/series?bucket=day&from=2026-12-01&to=2026-12-04&format=csv');
  });
});

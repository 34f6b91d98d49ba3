import { describe, expect, it } from 'vitest';
import { exportFilename } from './filename';

describe('exportFilename', () => {
  it('names whole days as the request did, the last day included', () => {
    expect(
      exportFilename({
        source: 'hq',
        report: 'summary',
        from: '2026-01-01T00:00:00+05:00',
        to: '2026-02-01T00:00:00+05:00',
        format: 'csv',
      }),
    ).toBe('callboard_hq_summary_2026-01-01_2026-01-31.csv');
  });

  it('names one day with the same date twice', () => {
    expect(
      exportFilename({
        source: 'utel-main',
        report: 'external-numbers',
        from: '2026-03-09T00:00:00+00:00',
        to: '2026-03-10T00:00:00+00:00',
        format: 'xlsx',
      }),
    ).toBe('callboard_utel-main_external-numbers_2026-03-09_2026-03-09.xlsx');
  });

  it('adds the bucket and gives times as HHmm (HHmmss when seconds are set)', () => {
    expect(
      exportFilename({
        source: 'hq',
        report: 'series',
        bucket: 'hour',
        from: '2026-01-01T09:30:00+05:00',
        to: '2026-01-01T18:00:15+05:00',
        format: 'xlsx',
      }),
    ).toBe('callboard_hq_series_hour_2026-01-01T0930_2026-01-01T180015.xlsx');
  });

  it('keeps every part filesystem-safe', () => {
    const name = exportFilename({
      source: '../a b"c',
      report: 'agents',
      from: 'not/a:date',
      to: '2026-01-02T00:00:00+05:00',
      format: 'csv',
    });
    expect(name).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(name).not.toContain('..');
  });
});

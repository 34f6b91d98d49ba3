import { describe, expect, it } from 'vitest';
import { isoWithOffset } from '@/lib/time/range';
import { parseStatsParams } from './stats-params';

const parse = (query: string, report: Parameters<typeof parseStatsParams>[1] = 'series') =>
  parseStatsParams(new URLSearchParams(query), report, 'Asia/Tashkent');

describe('parseStatsParams', () => {
  it('accepts a valid request and reads times in the source zone', () => {
    const result = parse('bucket=day&from=2026-01-01&to=2026-01-31&externalNumber=781130590');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bucket).toBe('day');
    expect(isoWithOffset(result.query.range.to)).toBe('2026-02-01T00:00:00+05:00');
    expect(result.query.externalNumber).toBe('781130590');
    expect(result.filters).toEqual(['externalNumber']);
  });

  it.each([
    ['bucket=week&from=2026-01-01&to=2026-01-02', 'bucket must be one of hour, day, month'],
    ['from=2026-01-01&to=2026-01-02', 'bucket must be one of hour, day, month'],
    ['bucket=hour&from=2026-01-01&to=2026-03-01', 'from/to: hour buckets cover at most 31 days'],
    ['bucket=day&from=2026-13-01&to=2026-12-02', 'from "2026-13-01" is not a valid time'],
    ['bucket=day&from=2026-01-01&to=2026-01-02&limit=5', 'unknown parameter "limit"'],
    ['bucket=day&from=2026-01-01&from=2026-01-02&to=2026-01-03', 'parameter "from" is given twice'],
    ['bucket=day&from=2026-01-01&to=2026-01-02&externalNumber=1;DROP', 'externalNumber must be'],
    ['bucket=day&from=2026-01-01&to=2026-01-02&format=pdf', 'format "pdf" is not available'],
    ['bucket=day&from=2026-01-01&to=2026-01-02&agent=%00x', 'agent must be'],
  ])('refuses %s with a message naming the parameter', (query, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it.each([
    ['', 'json'],
    ['&format=json', 'json'],
    ['&format=csv', 'csv'],
    ['&format=xlsx', 'xlsx'],
  ])('reads format from %j as %s', (extra, format) => {
    expect(parse(`from=2026-01-01&to=2026-01-02${extra}`, 'agents')).toMatchObject({
      ok: true,
      format,
    });
  });

  it('names the allowed formats when refusing one', () => {
    expect(parse('from=2026-01-01&to=2026-01-02&format=pdf', 'summary')).toEqual({
      ok: false,
      message: 'format "pdf" is not available; expected json, csv, xlsx',
    });
  });

  it('refuses bucket outside series', () => {
    expect(parse('bucket=day', 'summary')).toMatchObject({ ok: false });
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { bucketStarts, checkBucketLimit, isoWithOffset, parseRange, type TimeRange } from './range';

const zone = 'Asia/Tashkent';

function range(from: string, to: string): TimeRange {
  const result = parseRange(from, to, zone);
  if (!result.ok) throw new Error(result.message);
  return result.range;
}

describe('parseRange', () => {
  it('reads dates in the source zone; a date-only `to` includes the whole day', () => {
    const r = range('2026-01-01', '2026-01-31');
    expect(isoWithOffset(r.from)).toBe('2026-01-01T00:00:00+05:00');
    expect(isoWithOffset(r.to)).toBe('2026-02-01T00:00:00+05:00');
  });

  it('treats a date-time `to` as exclusive', () => {
    const r = range('2026-01-01T09:30', '2026-01-01T10:00:00');
    expect(r.to.diff(r.from, 'minutes').minutes).toBe(30);
  });

  it('names the parameter and what was expected', () => {
    expect(parseRange('2026-02-30', '2026-03-01', zone)).toEqual({
      ok: false,
      param: 'from',
      message:
        'from "2026-02-30" is not a valid time: expected YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]',
    });
    expect(parseRange('2026-03-01', 'yesterday', zone)).toMatchObject({ ok: false, param: 'to' });
    expect(parseRange('2026-03-02', '2026-03-01', zone)).toMatchObject({
      ok: false,
      message: 'to must be after from',
    });
    expect(parseRange('2026-03-01', undefined, zone)).toMatchObject({ ok: false, param: 'to' });
  });

  it('defaults to today in the source zone', () => {
    const now = DateTime.fromISO('2026-06-15T22:30:00Z');
    const result = parseRange(undefined, undefined, zone, now);
    expect(result.ok && isoWithOffset(result.range.from)).toBe('2026-06-16T00:00:00+05:00');
  });
});

describe('buckets', () => {
  it('enumerates hours across midnight, days across a month boundary, and months', () => {
    expect(bucketStarts(range('2026-01-31T22:00', '2026-02-01T02:00'), 'hour')).toHaveLength(4);
    expect(
      bucketStarts(range('2026-01-30', '2026-02-02'), 'day').map((d) => d.toISODate()),
    ).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
    expect(bucketStarts(range('2026-01-15', '2026-03-02'), 'month')).toHaveLength(3);
  });

  it('follows daylight-saving days in zones that have them', () => {
    const berlin = parseRange('2026-03-29', '2026-03-29', 'Europe/Berlin');
    expect(berlin.ok && bucketStarts(berlin.range, 'hour')).toHaveLength(23);
  });

  it('enforces the documented limits', () => {
    expect(checkBucketLimit(range('2026-01-01', '2026-01-31'), 'hour')).toBeUndefined();
    expect(checkBucketLimit(range('2026-01-01', '2026-02-01'), 'hour')).toMatch(/31 days/);
    expect(checkBucketLimit(range('2025-01-01', '2026-01-01'), 'day')).toBeUndefined();
    expect(checkBucketLimit(range('2025-01-01', '2026-01-02'), 'day')).toMatch(/366 days/);
    expect(checkBucketLimit(range('2021-01-01', '2025-12-31'), 'month')).toBeUndefined();
    expect(checkBucketLimit(range('2021-01-01', '2026-01-01'), 'month')).toMatch(/60 months/);
  });
});

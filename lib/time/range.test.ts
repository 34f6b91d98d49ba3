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
        'from "2026-02-30" is not a valid time: expected YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss][±HH:MM]',
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

describe('parseRange on summer-time change days (README, HTTP API)', () => {
  const cph = 'Europe/Copenhagen';
  const parse = (from: string, to: string, zone = cph) => {
    const result = parseRange(from, to, zone);
    if (!result.ok) throw new Error(result.message);
    return [isoWithOffset(result.range.from), isoWithOffset(result.range.to)];
  };

  it('takes whole change days midnight to midnight: 23 and 25 hours', () => {
    const spring = parseRange('2026-03-29', '2026-03-29', cph);
    const autumn = parseRange('2026-10-25', '2026-10-25', cph);
    expect(spring.ok && spring.range.to.diff(spring.range.from, 'hours').hours).toBe(23);
    expect(autumn.ok && autumn.range.to.diff(autumn.range.from, 'hours').hours).toBe(25);
    expect(autumn.ok && bucketStarts(autumn.range, 'hour').map(isoWithOffset).slice(2, 4)).toEqual([
      '2026-10-25T02:00:00+02:00',
      '2026-10-25T02:00:00+01:00',
    ]);
  });

  it('reads a time in the repeated hour as its first occurrence, unless an offset names one', () => {
    expect(parse('2026-10-25T02:30', '2026-10-25T04:00')).toEqual([
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T04:00:00+01:00',
    ]);
    // A range that ends inside the repeated hour ends at its first occurrence…
    expect(parse('2026-10-25T01:00', '2026-10-25T02:45')).toEqual([
      '2026-10-25T01:00:00+02:00',
      '2026-10-25T02:45:00+02:00',
    ]);
    // …and an offset reaches the second.
    expect(parse('2026-10-25T02:30+02:00', '2026-10-25T02:15+01:00')).toEqual([
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T02:15:00+01:00',
    ]);
    expect(parseRange('2026-10-25T02:30+03:00', '2026-10-25T04:00', cph)).toMatchObject({
      ok: false,
      param: 'from',
    });
  });

  it('refuses a time the clocks skip with a 400 naming the parameter', () => {
    expect(parseRange('2026-03-29T02:30', '2026-03-29T05:00', cph)).toEqual({
      ok: false,
      param: 'from',
      message:
        'from "2026-03-29T02:30" does not exist in Europe/Copenhagen: the clocks skip it (summer time); the hour resumes at 2026-03-29T03:30',
    });
    expect(parseRange('2026-03-29T01:00', '2026-03-29T02:00', cph)).toMatchObject({
      ok: false,
      param: 'to',
    });
    // The first valid time after the gap is fine.
    expect(parse('2026-03-29T01:00', '2026-03-29T03:00')).toEqual([
      '2026-03-29T01:00:00+01:00',
      '2026-03-29T03:00:00+02:00',
    ]);
  });

  it('reads half-hour zones (Asia/Kolkata) and a 30-minute shift (Australia/Lord_Howe)', () => {
    const kolkata = parseRange('2026-01-13T09:30', '2026-01-13T12:00', 'Asia/Kolkata');
    expect(kolkata.ok && isoWithOffset(kolkata.range.from)).toBe('2026-01-13T09:30:00+05:30');
    expect(kolkata.ok && bucketStarts(kolkata.range, 'hour').map(isoWithOffset)).toEqual([
      '2026-01-13T09:00:00+05:30',
      '2026-01-13T10:00:00+05:30',
      '2026-01-13T11:00:00+05:30',
    ]);
    const lordHowe = 'Australia/Lord_Howe';
    // 2026-04-05: 02:00+11:00 becomes 01:30+10:30, so the day has 24.5 hours.
    const long = parseRange('2026-04-05', '2026-04-05', lordHowe);
    expect(long.ok && long.range.to.diff(long.range.from, 'minutes').minutes).toBe(24.5 * 60);
    expect(parse('2026-04-05T01:45', '2026-04-05T03:00', lordHowe)).toEqual([
      '2026-04-05T01:45:00+11:00',
      '2026-04-05T03:00:00+10:30',
    ]);
    expect(parse('2026-04-05T01:45+10:30', '2026-04-05T03:00', lordHowe)[0]).toBe(
      '2026-04-05T01:45:00+10:30',
    );
    // 2026-10-04: 02:00+10:30 becomes 02:30+11:00; 02:15 does not exist.
    expect(parseRange('2026-10-04T02:15', '2026-10-04T05:00', lordHowe)).toMatchObject({
      ok: false,
      param: 'from',
    });
    // Hours stay whole around the 30-minute change: one half-hour bucket, not :30 hours after.
    expect(long.ok && bucketStarts(long.range, 'hour').map(isoWithOffset).slice(1, 5)).toEqual([
      '2026-04-05T01:00:00+11:00',
      '2026-04-05T01:30:00+10:30',
      '2026-04-05T02:00:00+10:30',
      '2026-04-05T03:00:00+10:30',
    ]);
    const short = parseRange('2026-10-04', '2026-10-04', lordHowe);
    expect(short.ok && bucketStarts(short.range, 'hour').map(isoWithOffset).slice(1, 5)).toEqual([
      '2026-10-04T01:00:00+10:30',
      '2026-10-04T02:30:00+11:00',
      '2026-10-04T03:00:00+11:00',
      '2026-10-04T04:00:00+11:00',
    ]);
    expect(short.ok && bucketStarts(short.range, 'hour')).toHaveLength(24);
    expect(short.ok && short.range.to.diff(short.range.from, 'minutes').minutes).toBe(23.5 * 60);
  });

  it("starts today at the change day's midnight", () => {
    const now = DateTime.fromISO('2026-10-25T12:00:00Z');
    const today = parseRange(undefined, undefined, cph, now);
    expect(today.ok && [isoWithOffset(today.range.from), isoWithOffset(today.range.to)]).toEqual([
      '2026-10-25T00:00:00+02:00',
      '2026-10-26T00:00:00+01:00',
    ]);
  });

  it('starts today at the business-day start, 25 hours over the autumn change', () => {
    // 05:00 CET on the 26th is before the 06:00 start: today is still the day of the 25th.
    const now = DateTime.fromISO('2026-10-26T04:00:00Z');
    const today = parseRange(undefined, undefined, cph, now, '06:00');
    expect(today.ok && [isoWithOffset(today.range.from), isoWithOffset(today.range.to)]).toEqual([
      '2026-10-25T06:00:00+01:00',
      '2026-10-26T06:00:00+01:00',
    ]);
    const before = parseRange(
      undefined,
      undefined,
      cph,
      DateTime.fromISO('2026-10-25T03:00:00Z'),
      '06:00',
    );
    expect(before.ok && bucketStarts(before.range, 'hour')).toHaveLength(25);
  });
});

describe('range limits', () => {
  const zone = 'Europe/Copenhagen';

  it('refuses years outside 1990–2100, naming the parameter, at once', () => {
    const started = performance.now();
    expect(parseRange('0001-01-01', '9999-12-31', zone)).toMatchObject({
      ok: false,
      param: 'from',
      message: expect.stringMatching(/years 1990 to 2100/),
    });
    expect(parseRange('2026-01-01', '9999-12-31', zone)).toMatchObject({ ok: false, param: 'to' });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a range over five years, and takes one of exactly 60 months', () => {
    expect(parseRange('2020-01-01', '2026-01-01', zone)).toMatchObject({
      ok: false,
      param: 'to',
      message: expect.stringMatching(/at most 5 years/),
    });
    const sixtyMonths = parseRange('2021-01-01', '2025-12-31', zone);
    if (!sixtyMonths.ok) throw new Error(sixtyMonths.message);
    expect(checkBucketLimit(sixtyMonths.range, 'month')).toBeUndefined();
    expect(bucketStarts(sixtyMonths.range, 'month')).toHaveLength(60);
    const sixtyOne = parseRange('2020-12-31', '2025-12-31', zone);
    if (!sixtyOne.ok) throw new Error(sixtyOne.message);
    expect(checkBucketLimit(sixtyOne.range, 'month')).toMatch(/at most 60 months/);
  });
});

describe('isoWithOffset', () => {
  it('writes what luxon’s toFormat writes, in every kind of zone and at odd historic offsets', () => {
    const zones = [
      'UTC',
      'Asia/Tashkent',
      'Europe/Berlin',
      'America/St_Johns', // −03:30 / −02:30
      'Asia/Kathmandu', // +05:45
      'Pacific/Chatham', // +12:45 / +13:45
      'Australia/Lord_Howe', // 30-minute summer time
      'Africa/Monrovia', // −00:44:30 until 1972
      'Europe/Amsterdam', // +00:19:32 before 1937
    ];
    const instants = [
      Date.UTC(1900, 0, 1, 12, 34, 56),
      Date.UTC(1930, 5, 15, 3, 7, 9),
      Date.UTC(1971, 11, 31, 23, 59, 59),
      Date.UTC(2026, 2, 29, 0, 59, 59),
      Date.UTC(2026, 9, 25, 1, 0, 0),
      Date.UTC(2026, 11, 5, 9, 30, 15, 999),
    ];
    for (const zone of zones) {
      for (const ms of instants) {
        const value = DateTime.fromMillis(ms, { zone });
        expect(isoWithOffset(value), `${zone} ${ms}`).toBe(
          value.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ"),
        );
      }
    }
  });
});

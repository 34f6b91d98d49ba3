import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createLocalClock } from './local-clock';

const iso = (ms: number | null, zone: string) =>
  ms === null ? null : DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });

describe('createLocalClock', () => {
  it.each([
    ['Asia/Tashkent', '01-08-2016 10:31:21', '2016-08-01T10:31:21+05:00'],
    ['UTC', '01-08-2016 10:31:21', '2016-08-01T10:31:21Z'],
    ['Asia/Tashkent', '2016-08-01 10:31:11', '2016-08-01T10:31:11+05:00'],
    ['Europe/Berlin', '30-10-2016 01:59:59', '2016-10-30T01:59:59+02:00'],
    ['Europe/Berlin', '30-10-2016 03:00:00', '2016-10-30T03:00:00+01:00'],
  ])('reads %s %s as %s', (zone, text, expected) => {
    expect(iso(createLocalClock(zone).parse(text), zone)).toBe(expected);
  });

  it.each([
    '31-02-2016 10:00:00',
    '01-13-2016 10:00:00',
    '01-08-2016 24:00:00',
    '01-08-2016 10:60:00',
    '2016/08/01 10:00',
    '',
    5,
  ])('refuses %j', (value) => {
    expect(createLocalClock('UTC').parse(value)).toBeNull();
  });

  it('finds local hour starts, also in a half-hour zone', () => {
    const kolkata = createLocalClock('Asia/Kolkata');
    const at = DateTime.fromISO('2016-08-01T10:29:59+05:30').toMillis();
    expect(iso(kolkata.hourStart(at), 'Asia/Kolkata')).toBe('2016-08-01T10:00:00+05:30');
    expect(iso(kolkata.hourStart(at + 2000), 'Asia/Kolkata')).toBe('2016-08-01T10:00:00+05:30');
    const eleven = DateTime.fromISO('2016-08-01T11:00:00+05:30').toMillis();
    expect(iso(kolkata.hourStart(eleven), 'Asia/Kolkata')).toBe('2016-08-01T11:00:00+05:30');
    expect(iso(kolkata.hourStart(eleven - 1), 'Asia/Kolkata')).toBe('2016-08-01T10:00:00+05:30');
  });
});

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

describe('createLocalClock on summer-time change days (D11)', () => {
  const cph = createLocalClock('Europe/Copenhagen');
  const utc = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

  it('reads a repeated time as its first occurrence, or as `choose` picks', () => {
    expect(utc(cph.parse('25-10-2026 02:30:00'))).toBe('2026-10-25T00:30:00.000Z');
    const last = (instants: readonly number[]) => instants.at(-1) ?? 0;
    expect(utc(cph.parse('25-10-2026 02:30:00', last))).toBe('2026-10-25T01:30:00.000Z');
    // The hours around it are ordinary.
    expect(utc(cph.parse('25-10-2026 01:59:59', last))).toBe('2026-10-24T23:59:59.000Z');
    expect(utc(cph.parse('25-10-2026 03:00:00', last))).toBe('2026-10-25T02:00:00.000Z');
    const lordHowe = createLocalClock('Australia/Lord_Howe');
    expect(utc(lordHowe.parse('05-04-2026 01:45:00', last))).toBe('2026-04-04T15:15:00.000Z');
    expect(utc(lordHowe.parse('05-04-2026 01:15:00', last))).toBe('2026-04-04T14:15:00.000Z');
  });

  it('reads a skipped time forward by the gap, never failing', () => {
    expect(utc(cph.parse('29-03-2026 02:30:00'))).toBe('2026-03-29T01:30:00.000Z');
    expect(utc(cph.parse('2026-03-29 02:00:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(utc(cph.parse('29-03-2026 03:00:00'))).toBe('2026-03-29T01:00:00.000Z');
  });
});

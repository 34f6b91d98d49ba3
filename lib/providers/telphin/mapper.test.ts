import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SummaryData } from '@/lib/model/stats';
import { parseWire } from '@/lib/upstream/parse';
import { TelphinCallsStatsWire, TelphinTokenWire } from './api-types';
import { emptyPeriod, mapCallsStats } from './mapper';
import { encodeStatsQuery, telphinRangeParams } from './params';
import { readFixture } from '@/lib/testing/fixtures';

function stats(name: string) {
  const text = readFixture('telphin', name);
  return parseWire('test', TelphinCallsStatsWire, JSON.parse(text));
}

describe('mapCallsStats', () => {
  it('maps the vendor example: answered is bridged (reached a person), the rest is not answered', () => {
    const summary = SummaryData.parse(mapCallsStats(stats('calls-stats.json')));
    expect(summary).toEqual({
      incoming: {
        total: 87,
        answered: 59,
        notAnswered: 28,
        busy: 0,
        failed: 8,
        durationSeconds: 6386,
        talkSeconds: 6142,
      },
      outgoing: {
        total: 146,
        answered: 87,
        notAnswered: 59,
        busy: 0,
        failed: 22,
        durationSeconds: 958,
        talkSeconds: 958,
      },
      internal: null,
    });
    // The vendor's `answered` (15) is calls a queue took; a person answered the 59 bridged ones.
    // Each call has exactly one result counter, so the two figures cover the total as given.
    const incoming = summary.incoming;
    expect((incoming?.answered ?? 0) + (incoming?.notAnswered ?? 0)).toBe(incoming?.total);
  });

  it('reads an absent direction as no calls, and leaves absent counters null', () => {
    expect(mapCallsStats(stats('calls-stats-out-only.json'))).toEqual({
      incoming: {
        total: 0,
        answered: 0,
        notAnswered: 0,
        busy: 0,
        failed: 0,
        durationSeconds: 0,
        talkSeconds: 0,
      },
      outgoing: {
        total: 4,
        answered: 2,
        notAnswered: 2,
        busy: 1,
        failed: 0,
        durationSeconds: 130,
        talkSeconds: 120,
      },
      internal: null,
    });
    const partial = parseWire('t', TelphinCallsStatsWire, {
      in: { total: 3, 'answered elsewhere': 1, diverted: 0 },
    });
    expect(mapCallsStats(partial).incoming).toEqual({
      total: 3,
      answered: null,
      notAnswered: null,
      busy: null,
      failed: null,
      durationSeconds: null,
      talkSeconds: null,
    });
  });

  it('refuses counters that are not non-negative integers', () => {
    expect(TelphinCallsStatsWire.safeParse({ in: { total: -1 } }).success).toBe(false);
    expect(TelphinCallsStatsWire.safeParse({ out: { 'not answered': '3' } }).success).toBe(false);
  });

  it('gives zeros for a period that has not begun', () => {
    const summary = emptyPeriod();
    expect(summary.internal).toBeNull();
    expect(summary.incoming?.total).toBe(0);
    expect(summary.outgoing?.notAnswered).toBe(0);
  });
});

describe('token answer', () => {
  it('reads the documented token answer', () => {
    const text = readFixture('telphin', 'token.json');
    expect(TelphinTokenWire.parse(JSON.parse(text))).toEqual({
      access_token: 'dGVscGhpbi1hY2Nlc3MtdG9rZW4',
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'all',
    });
  });

  it('takes expires_in as a number, a digit string, or not at all (D4)', () => {
    expect(TelphinTokenWire.parse({ access_token: 'a', expires_in: 3600 }).expires_in).toBe(3600);
    expect(TelphinTokenWire.parse({ access_token: 'a', expires_in: '120' }).expires_in).toBe(120);
    expect(TelphinTokenWire.parse({ access_token: '123123', token_type: 'Bearer' })).toEqual({
      access_token: '123123',
      token_type: 'Bearer',
    });
    expect(TelphinTokenWire.safeParse({ token_type: 'Bearer' }).success).toBe(false);
  });
});

describe('telphinRangeParams', () => {
  it('sends the range instants in UTC whatever the source zone, end exclusive like the range (D5)', () => {
    const from = DateTime.fromISO('2019-11-01T00:00', { zone: 'Europe/Moscow' });
    const params = telphinRangeParams({
      from,
      to: from.plus({ days: 10 }),
      zone: 'Europe/Moscow',
    });
    expect(params).toEqual({
      start_datetime: '2019-10-31 21:00:00',
      end_datetime: '2019-11-10 21:00:00',
    });
  });

  it('encodes spaces as %20 and extension ids as repeated keys (D5)', () => {
    expect(
      encodeStatsQuery({
        start_datetime: '2019-11-01 00:00:00',
        end_datetime: '2019-11-10 23:59:59',
        extension_id: [101, 102],
      }),
    ).toBe(
      'start_datetime=2019-11-01%2000%3A00%3A00&end_datetime=2019-11-10%2023%3A59%3A59&extension_id=101&extension_id=102',
    );
  });
});

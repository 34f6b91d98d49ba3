import { describe, expect, it } from 'vitest';
import { UtelBucketItemWire, UtelCallsCountWire, UtelLoginWire, UtelUsersWire } from './api-types';
import { readFixture } from '@/lib/testing/fixtures';

describe('UTEL wire schemas', () => {
  it('reads a bucket item by its one non-count key, whatever it is called (D1)', () => {
    expect(UtelBucketItemWire.parse({ date_hour: '2026-01-13 09:00:00', call_count: 12 })).toEqual({
      labelKey: 'date_hour',
      label: '2026-01-13 09:00:00',
      callCount: 12,
    });
    expect(UtelBucketItemWire.parse({ call_count: 4, date_month: '2026-01' })).toEqual({
      labelKey: 'date_month',
      label: '2026-01',
      callCount: 4,
    });
    expect(UtelBucketItemWire.parse({ external_number: 781130590, call_count: '3' })).toEqual({
      labelKey: 'external_number',
      label: '781130590',
      callCount: 3,
    });
  });

  it('refuses items without exactly one label or with a bad count', () => {
    expect(UtelBucketItemWire.safeParse({ call_count: 1 }).success).toBe(false);
    expect(UtelBucketItemWire.safeParse({ date: 'x', hour: 'y', call_count: 1 }).success).toBe(
      false,
    );
    expect(UtelBucketItemWire.safeParse({ date: '2026-01-13', call_count: -1 }).success).toBe(
      false,
    );
    expect(UtelBucketItemWire.safeParse({ date: '2026-01-13', call_count: 1.5 }).success).toBe(
      false,
    );
    expect(UtelBucketItemWire.safeParse({ date: {}, call_count: 1 }).success).toBe(false);
  });

  it('reads the documented login answer', () => {
    const text = readFixture('utel', 'login.json');
    expect(UtelLoginWire.parse(JSON.parse(text))).toEqual({
      token: '1|i5poMifK2y0Sd1Wf8TVKeLVRjJKR8RyPb92YUbKH61170f51',
    });
  });

  it('reads the login envelope and the bare string of the sandbox spec', () => {
    expect(UtelLoginWire.parse({ status: 'success', result: { access_token: '1|abc' } })).toEqual({
      token: '1|abc',
    });
    expect(UtelLoginWire.parse('2|xyz')).toEqual({ token: '2|xyz' });
    expect(UtelLoginWire.safeParse({ result: {} }).success).toBe(false);
    expect(UtelLoginWire.safeParse('').success).toBe(false);
  });

  it('requires the documented calls-count fields', () => {
    const direction = { answered: 1, not_answered: 0, total: 1 };
    const body = { result: { incoming: direction, outgoing: direction, internal: direction } };
    expect(UtelCallsCountWire.safeParse(body).success).toBe(true);
    const partial = { incoming: direction, outgoing: direction };
    expect(UtelCallsCountWire.safeParse({ result: partial }).success).toBe(false);
  });

  it('takes users as a list or a keyed collection', () => {
    const row = {
      number: 101,
      outgoing_count: 1,
      outgoing_duration: '60',
      outgoing_conversation: 50,
      incoming_count: 0,
      incoming_duration: 0,
      incoming_conversation: 0,
    };
    expect(UtelUsersWire.parse({ result: { '0': row } })).toEqual([
      { ...row, number: '101', outgoing_duration: 60 },
    ]);
  });
});

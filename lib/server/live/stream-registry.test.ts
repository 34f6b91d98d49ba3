import { describe, expect, it } from 'vitest';
import { ConfigError } from '@/lib/config/config-error';
import { StreamRegistry, streamLimitsFromEnv } from './stream-registry';

describe('StreamRegistry', () => {
  it('limits streams per caller and in total, and frees a slot on release', () => {
    const registry = new StreamRegistry({ total: 3, perCaller: 2 });
    const a1 = registry.admit('a', () => undefined);
    const a2 = registry.admit('a', () => undefined);
    expect(registry.admit('a', () => undefined)).toEqual({
      admitted: false,
      reason: 'caller',
      limit: 2,
    });
    expect(registry.admit('b', () => undefined).admitted).toBe(true);
    expect(registry.admit('c', () => undefined)).toMatchObject({
      admitted: false,
      reason: 'total',
    });
    if (!a1.admitted || !a2.admitted) throw new Error('expected admissions');
    a1.release();
    a1.release();
    expect(registry.openCount).toBe(2);
    expect(registry.admit('a', () => undefined).admitted).toBe(true);
  });

  it('closes every open stream on closeAll', () => {
    const registry = new StreamRegistry({ total: 10, perCaller: 10 });
    const closed: string[] = [];
    const admissions = ['x', 'y'].map((key) => {
      const admission = registry.admit(key, () => {
        closed.push(key);
        if (admission.admitted) admission.release();
      });
      return admission;
    });
    expect(admissions.every((a) => a.admitted)).toBe(true);
    registry.closeAll();
    expect(closed).toEqual(['x', 'y']);
    expect(registry.openCount).toBe(0);
  });
});

describe('streamLimitsFromEnv', () => {
  it('uses the defaults, reads whole numbers and names a malformed variable', () => {
    expect(streamLimitsFromEnv({})).toEqual({ total: 10_000, perCaller: 200 });
    expect(
      streamLimitsFromEnv({
        CALLBOARD_SSE_MAX_STREAMS: '6000',
        CALLBOARD_SSE_MAX_STREAMS_PER_CALLER: '5000',
      }),
    ).toEqual({ total: 6000, perCaller: 5000 });
    expect(() => streamLimitsFromEnv({ CALLBOARD_SSE_MAX_STREAMS: '1e9' })).toThrow(ConfigError);
    expect(() => streamLimitsFromEnv({ CALLBOARD_SSE_MAX_STREAMS_PER_CALLER: '0' })).toThrow(
      /CALLBOARD_SSE_MAX_STREAMS_PER_CALLER: expected a whole number/,
    );
  });
});

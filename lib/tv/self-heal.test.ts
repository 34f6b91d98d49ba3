import { describe, expect, it } from 'vitest';
import {
  heapLimitBytes,
  jitteredDelayMs,
  reloadJitterMs,
  reloadReason,
  staleReloadMs,
} from './self-heal';

describe('reloadReason', () => {
  const now = 1_000_000_000;
  it('is healthy with recent data and a small heap', () => {
    expect(reloadReason({ now, lastGoodUpdateAt: now - 10_000, heapUsedBytes: 50e6 })).toBeNull();
    expect(
      reloadReason({ now, lastGoodUpdateAt: now - staleReloadMs, heapUsedBytes: null }),
    ).toBeNull();
  });
  it('reloads after five minutes without a good update, or past the heap limit', () => {
    expect(
      reloadReason({ now, lastGoodUpdateAt: now - staleReloadMs - 1, heapUsedBytes: null }),
    ).toBe('no good update for 5 minutes');
    expect(reloadReason({ now, lastGoodUpdateAt: now, heapUsedBytes: heapLimitBytes + 1 })).toBe(
      'memory limit reached',
    );
  });
});

describe('jitteredDelayMs', () => {
  it('spreads reloads over the jitter window', () => {
    expect(jitteredDelayMs(0)).toBe(0);
    expect(jitteredDelayMs(0.5)).toBe(reloadJitterMs / 2);
    expect(jitteredDelayMs(1)).toBeLessThan(reloadJitterMs);
  });
});

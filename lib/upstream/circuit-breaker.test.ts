import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker';
import { UpstreamError } from './upstream-error';

describe('CircuitBreaker', () => {
  it('opens after repeated failures, lets one probe through per interval, closes on success', () => {
    let now = 0;
    const breaker = new CircuitBreaker('pbx', {
      threshold: 3,
      probeIntervalMs: 1000,
      now: () => now,
    });
    const down = new UpstreamError('http', 'pbx realtime: HTTP 503');
    for (let i = 0; i < 3; i += 1) {
      breaker.admit();
      breaker.failure(down);
    }
    expect(breaker.isOpen).toBe(true);
    expect(() => breaker.admit()).toThrow(
      'pbx: not called after 3 failures in a row (last: HTTP 503)',
    );
    now += 1000;
    expect(() => breaker.admit()).not.toThrow();
    expect(() => breaker.admit()).toThrow();
    breaker.success();
    expect(breaker.isOpen).toBe(false);
    expect(() => breaker.admit()).not.toThrow();
  });
});

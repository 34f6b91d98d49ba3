import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '@/lib/auth/roles';
import {
  CallerRequestLimiter,
  callerKey,
  refuseOverLimit,
  requestLimitFromEnv,
} from './request-limit';

describe('CallerRequestLimiter', () => {
  it('allows a burst, then refuses with the wait until the next request is allowed', () => {
    let now = 0;
    const limiter = new CallerRequestLimiter({ perMinute: 60, burst: 3 }, () => now);
    for (let i = 0; i < 3; i += 1) expect(limiter.take('user:a')).toEqual({ allowed: true });
    expect(limiter.take('user:a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(limiter.take('user:a')).toEqual({ allowed: true });
    expect(limiter.take('user:a').allowed).toBe(false);
  });

  it('keeps one budget per caller', () => {
    const limiter = new CallerRequestLimiter({ perMinute: 60, burst: 1 }, () => 0);
    expect(limiter.take('user:a').allowed).toBe(true);
    expect(limiter.take('user:a').allowed).toBe(false);
    expect(limiter.take('token:a').allowed).toBe(true);
  });

  it('sustains the configured rate and no more', () => {
    let now = 0;
    const limiter = new CallerRequestLimiter({ perMinute: 600, burst: 10 }, () => now);
    let allowed = 0;
    // 100 requests a second for a minute: the burst plus 600.
    for (let i = 0; i < 6000; i += 1) {
      if (limiter.take('token:x').allowed) allowed += 1;
      now += 10;
    }
    expect(allowed).toBeGreaterThanOrEqual(600);
    expect(allowed).toBeLessThanOrEqual(611);
  });

  it('is off at 0 per minute', () => {
    const limiter = new CallerRequestLimiter({ perMinute: 0, burst: 1 }, () => 0);
    for (let i = 0; i < 1000; i += 1) expect(limiter.take('user:a').allowed).toBe(true);
  });
});

describe('callerKey', () => {
  it('names display links by id, since two links may share a name', () => {
    const display = { linkId: 'l1', boardId: 'b', liveSources: [], seriesSources: [] };
    const caller: Caller = { kind: 'display', name: 'Lobby', role: 'viewer', display };
    expect(callerKey(caller)).toBe('display:l1');
    expect(callerKey({ kind: 'token', name: 'export', role: 'manager' })).toBe('token:export');
  });
});

describe('requestLimitFromEnv', () => {
  it('reads the two settings, with defaults', () => {
    expect(requestLimitFromEnv({})).toEqual({ perMinute: 600, burst: 120 });
    expect(
      requestLimitFromEnv({ CALLBOARD_API_REQUESTS_PER_MINUTE: '0', CALLBOARD_API_BURST: '5' }),
    ).toEqual({ perMinute: 0, burst: 5 });
  });

  it('names a malformed variable', () => {
    expect(() => requestLimitFromEnv({ CALLBOARD_API_REQUESTS_PER_MINUTE: 'lots' })).toThrow(
      /CALLBOARD_API_REQUESTS_PER_MINUTE/,
    );
    expect(() => requestLimitFromEnv({ CALLBOARD_API_BURST: '0' })).toThrow(/CALLBOARD_API_BURST/);
  });
});

describe('refuseOverLimit', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('answers 429 rate_limited with Retry-After once the caller has spent its burst', async () => {
    vi.stubEnv('CALLBOARD_API_BURST', '2');
    vi.stubEnv('CALLBOARD_API_REQUESTS_PER_MINUTE', '6');
    const app = {};
    const caller: Caller = { kind: 'user', name: 'ann', role: 'manager' };
    expect(refuseOverLimit(app, caller)).toBeUndefined();
    expect(refuseOverLimit(app, caller)).toBeUndefined();
    const refused = refuseOverLimit(app, caller);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('Retry-After')).toBe('10');
    expect(await refused?.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Another app context (a restart, another test) starts with a full budget.
    expect(refuseOverLimit({}, caller)).toBeUndefined();
  });
});

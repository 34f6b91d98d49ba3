import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../testing/harness';
import { NOW, startTelphin, type TelphinTestSim } from './test-kit';

const STATS =
  '/api/ver1.0/client/@me/calls/stats/?start_datetime=2026-02-01%2000:00:00&end_datetime=2026-02-01%2001:00:00';
const CDR = STATS.replace('calls/stats', 'cdr/stats');
/** FACTS §2.5: over the hourly quota. */
const QUOTA_EXCEEDED = { message: 'Request limit exceeded', status: 'rate_limit_exceeded' };
let t: TelphinTestSim | null = null;

afterEach(async () => {
  await t?.sim.close();
  t = null;
});

describe('telphin rate-limit fault', () => {
  it("answers Telphin's own 429: rate_limit_exceeded, reset in seconds, no Retry-After", async () => {
    t = await startTelphin({
      telphin: { rateLimitPerHour: 500 },
      faults: [{ api: 'telphin', mode: 'rate-limit', retryAfterSeconds: 90 }],
    });
    const limited = await t.get(STATS);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual(QUOTA_EXCEEDED);
    expect(limited.headers.get('x-ratelimit-limit')).toBe('500');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset')).toBe('90');
    expect(limited.headers.get('retry-after')).toBeNull();
  });
});

describe('telphin hourly quota', () => {
  it('sends X-RateLimit headers and answers 429 rate_limit_exceeded until the next hour', async () => {
    t = await startTelphin({ telphin: { rateLimitPerHour: 3 } });
    // NOW is 06:30:00 UTC: 1800 s until the window resets.
    const first = await t.get(STATS);
    expect(first.headers.get('x-ratelimit-limit')).toBe('3');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
    expect(first.headers.get('x-ratelimit-reset')).toBe('1800');
    await t.get(STATS);
    const bad = await t.get('/api/ver1.0/client/@me/calls/stats/');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-ratelimit-remaining')).toBe('0');
    const limited = await t.get(STATS);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual(QUOTA_EXCEEDED);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    // Each resource has its own quota.
    expect((await t.get(CDR)).status).toBe(200);
    expect((await t.get('/api/ver1.0/user')).headers.get('x-ratelimit-remaining')).toBe('2');
    t.clock.advance(1_799_000);
    expect((await t.get(STATS)).status).toBe(429);
    expect((await t.get(STATS)).headers.get('x-ratelimit-reset')).toBe('1');
    t.clock.advance(1000);
    const next = await t.get(STATS);
    expect(next.status).toBe(200);
    expect(next.headers.get('x-ratelimit-remaining')).toBe('2');
    expect(next.headers.get('x-ratelimit-reset')).toBe('3600');
    expect(t.clock.now()).toBe(NOW + 1_800_000);
  });

  it('does not count 401s', async () => {
    t = await startTelphin({ telphin: { rateLimitPerHour: 1 } });
    const anonymous = await call(`${t.base}${STATS}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('x-ratelimit-remaining')).toBe('1');
    expect((await t.get(STATS)).status).toBe(200);
  });
});

describe('telphin concurrent stats requests', () => {
  it('rejects a stats request overlapping another one of the same client', async () => {
    t = await startTelphin({ telphin: { statsDelayMs: 150 } });
    await t.get('/api/ver1.0/user');
    const started = Date.now();
    const [a, b, c] = await Promise.all([t.get(STATS), t.get(CDR), t.get('/api/ver1.0/user')]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const [ok, busy] = a.status === 200 ? [a, b] : [b, a];
    expect(ok.status).toBe(200);
    expect(busy.status).toBe(429);
    expect(busy.body).toEqual({
      message: 'Stats request already exists, concurrent request not allowed',
    });
    expect(busy.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(c.status).toBe(200);
    // Once the first answer is out, the next request goes through.
    expect((await t.get(CDR)).status).toBe(200);
  });

  it('answers sequential requests normally and frees the lock when a client goes away', async () => {
    t = await startTelphin({ telphin: { statsDelayMs: 300 } });
    const token = await t.token();
    const controller = new AbortController();
    const gone = fetch(`${t.base}${STATS}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await gone;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await t.get(STATS, token)).status).toBe(200);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, send } from '@/lib/testing/test-http-server';
import { failure, fixture, limited, start, statsRequests } from '@/lib/testing/fake-telphin';

afterEach(closeServers);

describe('telphin client: one stats request at a time (D4)', () => {
  it('never overlaps stats requests, even when callers fire at once', async () => {
    const { fake, seen, api } = await start();
    fake.delayMs = 40;
    const days = ['01', '02', '03', '04', '05', '06'];
    const bodies = await Promise.all(
      days.map((day) =>
        api.callsStats(
          { start_datetime: `2019-11-${day} 00:00:00`, end_datetime: `2019-11-${day} 23:59:59` },
          { timeoutMs: 2000 },
        ),
      ),
    );
    // The stand-in answers an overlapping request with the 429; none happened.
    expect(bodies.every((body) => body.in?.total === 87)).toBe(true);
    expect(fake.maxInFlight).toBe(1);
    expect(statsRequests(seen).map((r) => r.query.get('start_datetime')?.slice(8, 10))).toEqual(
      days,
    );
    for (let index = 1; index < fake.times.length; index += 1) {
      const previous = fake.times[index - 1];
      expect(fake.times[index]?.arrived).toBeGreaterThanOrEqual(previous?.answered ?? Infinity);
    }
  });

  it('keeps the queue going after a failed request', async () => {
    const { fake, stats } = await start();
    fake.replies.push((res) => send(res, 404, fixture('error-404.json')));
    const [first, second] = await Promise.allSettled([stats(), stats()]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
  });

  it('does not send a request whose caller gave up while it waited its turn', async () => {
    const { fake, seen, stats } = await start();
    fake.delayMs = 100;
    const controller = new AbortController();
    const first = stats();
    const second = stats(controller.signal);
    controller.abort();
    await first;
    const error = await failure(second);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('telphin calls stats: given up while waiting for its turn');
    expect(statsRequests(seen)).toHaveLength(1);
  });
});

describe('telphin client: backoff on 429', () => {
  it('waits, then retries, after a "concurrent request not allowed" 429', async () => {
    const { fake, stats } = await start({ conflictDelaysMs: [300] });
    fake.replies.push((res) =>
      // Its X-RateLimit-Reset is the hour's; a conflict waits only for the other request.
      limited(res, { 'X-RateLimit-Reset': '3000' }, fixture('error-429-concurrent.json')),
    );
    const body = await stats();
    expect(body.out?.total).toBe(146);
    const [conflict, retry] = fake.times;
    expect((retry?.arrived ?? 0) - (conflict?.answered ?? 0)).toBeGreaterThanOrEqual(295);
  });

  it('gives up as rate-limited after its conflict retries', async () => {
    const { fake, stats } = await start({ conflictDelaysMs: [20, 20] });
    for (let i = 0; i < 3; i += 1) {
      fake.replies.push((res) => send(res, 429, fixture('error-429-concurrent.json')));
    }
    const error = await failure(stats());
    expect(error.kind).toBe('rate-limit');
    expect(error.details.retryAfterSeconds).toBeUndefined();
    expect(error.message).toBe(
      'telphin calls stats: rate limited (Stats request already exists, concurrent request not allowed)',
    );
    expect(fake.times).toHaveLength(3);
  });

  it('sleeps through a short Retry-After before the next request', async () => {
    const { fake, stats } = await start();
    fake.replies.push((res) => limited(res, { 'Retry-After': '1' }));
    await stats();
    const [refused, retry] = fake.times;
    expect((retry?.arrived ?? 0) - (refused?.answered ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('fails fast during a long X-RateLimit-Reset, without asking Telphin', async () => {
    const { fake, seen, stats } = await start();
    fake.replies.push((res) =>
      limited(res, {
        'X-RateLimit-Limit': '500',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '3600',
      }),
    );
    const error = await failure(stats());
    expect(error.kind).toBe('rate-limit');
    expect(error.details.retryAfterSeconds).toBe(3600);
    const next = await failure(stats());
    expect(next.kind).toBe('rate-limit');
    expect(next.message).toBe(
      'telphin calls stats: rate limited; Telphin allows the next request in 3600 s',
    );
    expect(statsRequests(seen)).toHaveLength(1);
  });

  it('stops before the limit when a success says X-RateLimit-Remaining: 0', async () => {
    const { fake, seen, stats } = await start();
    fake.replies.push((res) => {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': '1200',
      });
      res.end(fixture('calls-stats.json'));
    });
    await stats();
    const error = await failure(stats());
    expect(error.details.retryAfterSeconds).toBe(1200);
    expect(statsRequests(seen)).toHaveLength(1);
  });
});

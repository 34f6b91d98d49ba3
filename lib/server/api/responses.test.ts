import { describe, expect, it } from 'vitest';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { upstreamFailure } from './responses';

describe('upstreamFailure', () => {
  it('answers a busy upstream 503 upstream_busy with Retry-After', async () => {
    const error = new UpstreamError('rate-limit', 'source hq: report budget used up', {
      retryAfterSeconds: 12.2,
    });
    const response = upstreamFailure('hq', error);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('13');
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_busy' } });
  });

  it('has no Retry-After when nobody said when', () => {
    const busy = upstreamFailure('hq', new UpstreamError('rate-limit', 'x: rate limited'));
    expect(busy.headers.get('Retry-After')).toBeNull();
    const down = upstreamFailure('hq', new UpstreamError('network', 'x: connection refused'));
    expect(down.status).toBe(503);
    expect(down.headers.get('Retry-After')).toBeNull();
  });
});

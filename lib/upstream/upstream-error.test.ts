import { describe, expect, it, vi } from 'vitest';
import { isInvalidQueryError } from '@/lib/providers/provider';
import { isUpstreamError, UpstreamError } from './upstream-error';

describe('error checks across module copies', () => {
  it('recognise errors made by another copy of the module, as route bundles hold', async () => {
    vi.resetModules();
    const copy = await import('./upstream-error');
    const providerCopy = await import('@/lib/providers/provider');
    expect(copy.UpstreamError).not.toBe(UpstreamError);
    const foreign = new copy.UpstreamError('timeout', 'pbx: no answer within 10 ms');
    expect(foreign instanceof UpstreamError).toBe(false);
    expect(isUpstreamError(foreign)).toBe(true);
    expect(isInvalidQueryError(new providerCopy.InvalidQueryError('unknown queue "x"'))).toBe(true);
  });

  it('refuse everything else', () => {
    expect(isUpstreamError(new Error('pbx: timeout'))).toBe(false);
    expect(isUpstreamError({ name: 'UpstreamError', kind: 'http' })).toBe(false);
    expect(isUpstreamError(null)).toBe(false);
    expect(isInvalidQueryError(new UpstreamError('http', 'x'))).toBe(false);
  });
});

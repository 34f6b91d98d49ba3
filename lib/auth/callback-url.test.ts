import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  it.each([
    ['/', '/'],
    ['/reports?bucket=day&from=2026-12-01', '/reports?bucket=day&from=2026-12-01'],
    ['/sources/hq#agents', '/sources/hq#agents'],
  ])('keeps the same-site path %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    '//evil.com',
    '/\\evil.com',
    '/%5Cevil.com',
    '/%09/evil.com',
    '/%2F/evil.com',
    '\t/evil.com',
    'https://evil.com',
    'http:/evil.com',
    'javascript:alert(1)',
    '/%E0%A4%A',
    '',
  ])('refuses %j', (input) => {
    expect(safeCallbackPath(input)).toBe('/');
  });

  it('refuses a repeated parameter and a missing one', () => {
    expect(safeCallbackPath(['/a', '/b'])).toBe('/');
    expect(safeCallbackPath(undefined)).toBe('/');
  });
});

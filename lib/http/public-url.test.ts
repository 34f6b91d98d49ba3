import { afterEach, describe, expect, it, vi } from 'vitest';
import { isHttpsRequest, parsePublicUrl, publicOrigin } from './public-url';

describe('parsePublicUrl', () => {
  it('is required in production and optional in development', () => {
    expect(() => parsePublicUrl(undefined, true)).toThrow(/required in production/);
    expect(() => parsePublicUrl('  ', true)).toThrow(/required in production/);
    expect(parsePublicUrl(undefined, false)).toBeUndefined();
  });

  it('accepts an http(s) origin', () => {
    expect(parsePublicUrl('https://wall.example.com', true)?.origin).toBe(
      'https://wall.example.com',
    );
    expect(parsePublicUrl('http://127.0.0.1:3000/', true)?.origin).toBe('http://127.0.0.1:3000');
  });

  it.each([
    ['wall.example.com', /absolute http\(s\) URL/],
    ['ftp://wall.example.com', /http or https/],
    ['https://wall.example.com/callboard', /expected an origin/],
    ['https://wall.example.com/?x=1', /expected an origin/],
    ['https://user:pw@wall.example.com', /expected an origin/],
  ])('refuses %s', (value, message) => {
    expect(() => parsePublicUrl(value, true)).toThrow(message);
  });
});

describe('with NEXTAUTH_URL set, request headers decide nothing', () => {
  afterEach(() => vi.unstubAllEnvs());
  const forged = new Request('http://127.0.0.1:3000/x', {
    headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' },
  });

  it('takes origin and https from the setting', () => {
    vi.stubEnv('NEXTAUTH_URL', 'http://wall.example.com');
    expect(publicOrigin(forged)).toBe('http://wall.example.com');
    expect(isHttpsRequest(forged)).toBe(false);
    vi.stubEnv('NEXTAUTH_URL', 'https://wall.example.com');
    expect(isHttpsRequest(new Request('http://127.0.0.1:3000/x'))).toBe(true);
  });

  it('falls back to the request without it (development)', () => {
    vi.stubEnv('NEXTAUTH_URL', '');
    expect(publicOrigin(forged)).toBe('https://evil.example');
    expect(isHttpsRequest(forged)).toBe(true);
  });
});

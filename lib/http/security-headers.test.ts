import { describe, expect, it } from 'vitest';
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  parseFrameAncestors,
} from './security-headers';

describe('contentSecurityPolicy', () => {
  const base = { frameAncestors: [`'self'`], https: false, development: false };

  it('allows scripts only with the nonce, never inline or eval, in production', () => {
    const csp = contentSecurityPolicy('abc123', base);
    const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(script).toBe(`'self' 'nonce-abc123' 'strict-dynamic'`);
    expect(script).not.toContain('unsafe');
    expect(csp).toContain(`object-src 'none'`);
    expect(csp).toContain(`frame-ancestors 'self'`);
  });

  it('names the configured signage players in frame-ancestors', () => {
    const csp = contentSecurityPolicy('n', {
      ...base,
      frameAncestors: [`'self'`, 'https://player.example.com'],
    });
    expect(csp).toContain(`frame-ancestors 'self' https://player.example.com`);
  });
});

describe('baseSecurityHeaders', () => {
  it('sends HSTS only over HTTPS', () => {
    expect(baseSecurityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(baseSecurityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/max-age=/);
    expect(baseSecurityHeaders({ https: false })['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('parseFrameAncestors', () => {
  it('defaults to self, accepts origins and keywords, and names a bad entry', () => {
    expect(parseFrameAncestors(undefined)).toEqual([`'self'`]);
    expect(parseFrameAncestors(`'self' https://tv.example.com:8443`)).toEqual([
      `'self'`,
      'https://tv.example.com:8443',
    ]);
    expect(() => parseFrameAncestors('https://ok.example.com javascript:alert(1)')).toThrow(
      /"javascript:alert\(1\)" is not an origin/,
    );
    expect(() => parseFrameAncestors('https://x.example.com/path')).toThrow(/not an origin/);
  });
});

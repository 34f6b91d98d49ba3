/**
 * The headers every response carries, and the Content-Security-Policy of pages. Scripts run only
 * with this request's nonce (`strict-dynamic` lets Next's own chunks load); inline styles stay
 * allowed because charts position their elements with style attributes.
 */
export interface SecurityOptions {
  /** Origins allowed to frame Callboard (signage players); `'self'` by default. */
  frameAncestors: readonly string[];
  /** Whether the browser reached us over HTTPS: only then is HSTS sent. */
  https: boolean;
  /** Development needs eval for React's error overlay; production never does. */
  development: boolean;
}

export function contentSecurityPolicy(nonce: string, options: SecurityOptions): string {
  const script = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`];
  if (options.development) script.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${script.join(' ')}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `media-src 'self' data:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors ${options.frameAncestors.join(' ')}`,
  ].join('; ');
}

/** Headers for every response, pages and API alike. */
export function baseSecurityHeaders(
  options: Pick<SecurityOptions, 'https'>,
): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.https
      ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}

/**
 * `CALLBOARD_FRAME_ANCESTORS`: space-separated origins (https://player.example.com) or `'self'`
 * or `'none'`. Anything else is refused with the offending entry named.
 */
export function parseFrameAncestors(value: string | undefined): string[] {
  const entries = (value ?? '').trim().split(/\s+/).filter(Boolean);
  if (entries.length === 0) return [`'self'`];
  for (const entry of entries) {
    if (entry === `'self'` || entry === `'none'`) continue;
    if (!/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(entry)) {
      throw new Error(
        `CALLBOARD_FRAME_ANCESTORS: "${entry}" is not an origin (https://host[:port]), 'self' or 'none'`,
      );
    }
  }
  return entries;
}

const probeOrigin = 'http://callboard.invalid';

/**
 * The same-site path to return to after sign-in, or `/`. Browsers read `/\evil.com`, `/%09/evil.com`
 * and `//evil.com` as other hosts, so anything that is not plainly one path of this site is refused:
 * an open redirect after sign-in would be a phishing aid. A repeated parameter (an array) is refused.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return '/';
  }
  // Backslashes, control characters and whitespace are what browsers strip or rewrite into `//`.
  if (/[\\\u0000-\u0020\u007f]/.test(decoded) || /^\/[\\/]/.test(decoded)) return '/';
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return '/';
  }
  if (url.origin !== probeOrigin) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

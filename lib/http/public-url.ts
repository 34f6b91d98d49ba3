/**
 * Callboard's public address (`NEXTAUTH_URL`): where people reach it, through whatever proxy.
 * In production it is required, so that the sign-in origin, redirects, display links and the
 * cookies' `Secure` flag never come from request headers a client or a misconfigured proxy sets.
 */
export function parsePublicUrl(value: string | undefined, production: boolean): URL | undefined {
  if (value === undefined || value.trim() === '') {
    if (!production) return undefined;
    throw new Error(
      'required in production: the address people open Callboard at, e.g. https://wallboard.example.com',
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`expected an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`expected an http or https URL, got the scheme "${url.protocol}"`);
  }
  // Callboard is served at the root of its host: a path would move next-auth's routes too.
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`expected an origin such as https://wallboard.example.com, got "${value}"`);
  }
  return url;
}

/** The configured public URL, if any (checked at start-up, so it parses here). */
export function publicUrl(): URL | undefined {
  const value = process.env.NEXTAUTH_URL;
  return value ? new URL(value) : undefined;
}

/** Whether a request reached us over HTTPS: the public URL decides when set, else the request. */
export function isHttpsRequest(request: Request): boolean {
  const configured = publicUrl();
  if (configured) return configured.protocol === 'https:';
  return (
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  );
}

/** The origin to build absolute links for people with: the public URL, else the request's. */
export function publicOrigin(request: Request): string {
  const configured = publicUrl();
  if (configured) return configured.origin;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const proto =
    request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
  return host ? `${proto}://${host}` : new URL(request.url).origin;
}

import { NextResponse, type NextRequest } from 'next/server';
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  parseFrameAncestors,
} from '@/lib/http/security-headers';
import { isHttpsRequest } from '@/lib/http/public-url';

// Checked at start-up (lib/server/startup.ts), so this parse cannot fail while serving.
let frameAncestors: string[] | undefined;

/** Pages get a fresh script nonce and the CSP built on it; Next applies the nonce to its scripts. */
export function proxy(request: NextRequest) {
  frameAncestors ??= parseFrameAncestors(process.env.CALLBOARD_FRAME_ANCESTORS);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const https = isHttpsRequest(request);
  const csp = contentSecurityPolicy(nonce, {
    frameAncestors,
    https,
    development: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};

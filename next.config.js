// @ts-check

/** Sent on every response; pages also get a nonce-based CSP and HSTS from proxy.ts. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The simulator and tests live beside the app but are never part of it.
  outputFileTracingExcludes: { '*': ['sim/**', 'e2e/**', 'bench/**'] },
  // Every page is rendered per request, and Next streams such pages' metadata after the body for
  // browsers: until it arrives the document has no <title>, which screen readers announce and axe
  // flags. All user agents get it in <head>, as bots do; the metadata is static, so nothing waits.
  htmlLimitedBots: /.*/,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;

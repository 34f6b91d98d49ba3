// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The simulator and tests live beside the app but are never part of it.
  outputFileTracingExcludes: { '*': ['sim/**', 'e2e/**', 'bench/**'] },
};

module.exports = nextConfig;

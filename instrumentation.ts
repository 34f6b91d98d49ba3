/** Runs once when the server starts: an invalid configuration stops it with every problem listed. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openDatabaseAtStartup, validateAtStartup } = await import('@/lib/server/startup');
  validateAtStartup();
  await openDatabaseAtStartup();
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // server.mjs (npm start) serves the live stream on node:http with these; `next dev` and
  // `next start` leave them unused and the route handler serves it.
  const { registerNodeServerHooks } = await import('@/lib/server/live/fanout/register');
  registerNodeServerHooks();
}

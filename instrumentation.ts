/** Runs once when the server starts: an invalid configuration stops it with every problem listed. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openDatabaseAtStartup, validateAtStartup } = await import('@/lib/server/startup');
  validateAtStartup();
  await openDatabaseAtStartup();
}

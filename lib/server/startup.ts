import { ConfigError } from '@/lib/config/config-error';
import { configPath, getAppContext } from './app-context';
import { releaseSharedOnShutdown } from './shutdown';

/** Builds the app context at start-up; on a bad configuration prints why and exits. */
export function validateAtStartup(): void {
  // `next build` loads the server too; configuration is read only when serving.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const app = getAppContext();
    releaseSharedOnShutdown(app);
    process.stdout.write(
      `callboard: configuration ${configPath()} loaded, ${app.sources.size} source(s)\n`,
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Opens, migrates and seeds the app's database at start-up; a failure stops the server, saying why. */
export async function openDatabaseAtStartup(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { describeDatabase, getDb } = await import('@/lib/db/get-db');
  try {
    await getDb();
    process.stdout.write(`callboard: database ${describeDatabase()} ready\n`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`callboard: cannot open the database ${describeDatabase()}: ${reason}\n`);
    process.exit(1);
  }
}

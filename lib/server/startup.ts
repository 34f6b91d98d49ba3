import { ConfigError } from '@/lib/config/config-error';
import { oidcSettingsFromEnv } from '@/lib/auth/oidc';
import { parsePublicUrl } from '@/lib/http/public-url';
import { parseFrameAncestors } from '@/lib/http/security-headers';
import { setMaxBodyBytes } from '@/lib/upstream/http';
import { requestLimitFromEnv } from './api/request-limit';
import { configPath, getAppContext } from './app-context';
import { releaseSharedOnShutdown } from './shutdown';

/** Builds the app context at start-up; on a bad configuration prints why and exits. */
export function validateAtStartup(): void {
  trustRequestHost();
  // `next build` loads the server too; configuration is read only when serving.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    checkEnvironment();
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

/**
 * In development (`next dev`) without NEXTAUTH_URL, next-auth takes the origin from the request,
 * so sign-in works on whatever host and port it is opened. Production requires NEXTAUTH_URL
 * (checkEnvironment), which next-auth then uses instead of any request header.
 */
export function trustRequestHost(): void {
  if (process.env.NODE_ENV === 'production' || process.env.NEXTAUTH_URL) return;
  process.env.AUTH_TRUST_HOST ??= 'true';
}

/** Settings read from the environment outside the configuration file, checked before serving. */
function checkEnvironment(): void {
  try {
    parsePublicUrl(process.env.NEXTAUTH_URL, process.env.NODE_ENV === 'production');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError('(environment)', [{ path: 'NEXTAUTH_URL', message }]);
  }
  oidcSettingsFromEnv(process.env);
  requestLimitFromEnv(process.env);
  const maxMb = process.env.CALLBOARD_UPSTREAM_MAX_MB;
  if (maxMb !== undefined && maxMb !== '') {
    if (!/^\d{1,4}$/.test(maxMb) || Number(maxMb) < 1) {
      throw new ConfigError('(environment)', [
        {
          path: 'CALLBOARD_UPSTREAM_MAX_MB',
          message: `expected megabytes from 1 to 9999, got "${maxMb}"`,
        },
      ]);
    }
    setMaxBodyBytes(Number(maxMb) * 1024 * 1024);
  }
  try {
    parseFrameAncestors(process.env.CALLBOARD_FRAME_ANCESTORS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError('(environment)', [{ path: 'CALLBOARD_FRAME_ANCESTORS', message }]);
  }
}

/** Opens, migrates and seeds the app's database at start-up; a failure stops the server, saying why. */
export async function openDatabaseAtStartup(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { describeDatabase, getDb } = await import('@/lib/server/database');
  try {
    await getDb();
    process.stdout.write(`callboard: database ${describeDatabase()} ready\n`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`callboard: cannot open the database ${describeDatabase()}: ${reason}\n`);
    process.exit(1);
  }
}

import { defineConfig, devices } from '@playwright/test';
import { appUrl, e2e, oidcUrl, simUrl, storageStatePath } from './e2e/env';

// Debian's Chromium where scripts/e2e.mjs found one; Playwright's own browser otherwise.
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: appUrl,
    trace: 'off',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      dependencies: ['setup'],
      testIgnore: /auth\.setup\.ts/,
      use: { storageState: storageStatePath },
    },
  ],
  webServer: [
    {
      command: `npx tsx sim/cli.ts --port ${e2e.simPort}`,
      url: `${simUrl}/_sim/health`,
      env: { SIM_ASTERNIC_PASSWORD: e2e.simPassword },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node e2e/support/oidc-provider.mjs',
      url: `${oidcUrl}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(e2e.oidcPort), OIDC_APP_URL: appUrl },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${e2e.appPort}`,
      url: `${appUrl}/api/health`,
      env: {
        CALLBOARD_CONFIG: 'e2e/callboard.e2e.yaml',
        // Required in production: the address the browser opens (sign-in origin, Secure cookies).
        NEXTAUTH_URL: appUrl,
        CALLBOARD_DB_PATH: e2e.dbPath,
        SIM_PORT: String(e2e.simPort),
        SIM_ASTERNIC_PASSWORD: e2e.simPassword,
        OIDC_ISSUER: oidcUrl,
        OIDC_CLIENT_ID: 'callboard-e2e',
        OIDC_CLIENT_SECRET: 'e2e-oidc-client-secret',
        OIDC_NAME: 'Test SSO',
        OIDC_ROLE_CLAIM: 'groups',
        OIDC_ROLE_MAP: 'cc-supervisors=supervisor',
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});

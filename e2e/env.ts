/** Ports and credentials shared by playwright.config.ts and the tests. */
const appPort = Number(process.env.E2E_APP_PORT ?? 3100);

export const e2e = {
  appPort,
  /** A second `next start` that e2e/tv-restart.spec.ts stops and starts, apart from the shared one. */
  restartAppPort: Number(process.env.E2E_RESTART_APP_PORT ?? appPort + 50),
  simPort: Number(process.env.E2E_SIM_PORT ?? 4110),
  oidcPort: Number(process.env.E2E_OIDC_PORT ?? 4120),
  simPassword: 'e2e-sim-pass',
  admin: { username: 'admin', password: 'e2e-admin-pass' },
  apiToken: 'e2e-api-token-0123456789abcdef',
  adminToken: 'e2e-admin-token-0123456789abcdef',
  /** The app's database for a browser-test run; scripts/e2e.mjs starts each run without it. */
  dbPath: '.data/e2e-callboard.db',
};

export const appUrl = `http://127.0.0.1:${e2e.appPort}`;
export const simUrl = `http://127.0.0.1:${e2e.simPort}`;
export const oidcUrl = `http://127.0.0.1:${e2e.oidcPort}`;

/** Where the setup project keeps the signed-in browser state for the other tests. */
export const storageStatePath = '.data/e2e-auth.json';

// What the fan-out tools need when run on their own (bench/fanout/profile.mjs): the simulator,
// app instances with the bench configuration, and the credentials the clients present.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startAndWait } from '../../scripts/lib/processes.mjs';
import { startApp, waitForOk } from '../lib/app-process.mjs';
import { freePort } from '../lib/http.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const configFile = fileURLToPath(new URL('../callboard.bench.yaml', import.meta.url));
export const SOURCE = 'hq';
export const PERIOD_MS = 5000;
export const streamPath = `/api/v1/sources/${SOURCE}/queues/live/stream`;
export const livePath = `/api/v1/sources/${SOURCE}/queues/live`;

const secret = () => randomBytes(18).toString('hex');

/** Fresh secrets for one run, as bench/run.mjs makes them. */
export function makeCredentials() {
  return {
    SIM_ASTERNIC_PASSWORD: secret(),
    BENCH_AUTH_SECRET: secret(),
    BENCH_ADMIN_PASSWORD: secret(),
    BENCH_CLIENT_TOKEN: `bench-client-${secret()}`,
    BENCH_ADMIN_TOKEN: `bench-admin-${secret()}`,
  };
}

export async function startSim(credentials) {
  const port = await freePort();
  const child = await startAndWait(
    process.execPath,
    ['--import', 'tsx', 'sim/cli.ts', '--port', String(port)],
    {
      env: { SIM_ASTERNIC_PASSWORD: credentials.SIM_ASTERNIC_PASSWORD },
      ready: /sim listening on/,
      label: 'sim',
      timeoutMs: 60_000,
    },
  );
  return { url: `http://127.0.0.1:${port}`, port, child };
}

export async function startInstance({ label, simPort, credentials, env = {} }) {
  const port = await freePort();
  const app = await startApp({
    root,
    port,
    label,
    env: { CALLBOARD_CONFIG: configFile, SIM_PORT: String(simPort), ...credentials, ...env },
  });
  await waitForOk(`${app.url}${livePath}`, {
    authorization: `Bearer ${credentials.BENCH_CLIENT_TOKEN}`,
  });
  return app;
}

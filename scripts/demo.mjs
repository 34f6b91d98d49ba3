// `npm run demo`: build when needed, start the PBX simulator and the production app against it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { startAndWait } from './lib/processes.mjs';

// Next.js would otherwise try to send anonymous telemetry; Callboard runs offline too.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const appPort = process.env.PORT ?? '3000';
// Loopback only unless asked: the demo's sign-in is printed on screen and known to everyone.
const appHost = process.env.HOST ?? '127.0.0.1';
const simPort = process.env.SIM_PORT ?? '4010';
// The simulated call center's zone, and every demo source's: any IANA zone, summer time included
// (`SIM_TIMEZONE=Europe/Copenhagen npm run demo`).
const simTimeZone = process.env.SIM_TIMEZONE ?? 'Asia/Tashkent';
const adminPassword = 'callboard-demo';
// The simulated PBXs' credentials: fresh each run, shared by the simulator and the app only.
const secret = () => randomBytes(12).toString('hex');
const simEnv = {
  SIM_ASTERNIC_PASSWORD: secret(),
  SIM_UTEL_EMAIL: 'wallboard@callboard.demo',
  SIM_UTEL_PASSWORD: secret(),
  SIM_TELPHIN_CLIENT_ID: 'callboard-demo',
  SIM_TELPHIN_CLIENT_SECRET: secret(),
  SIM_TELECOMX_TOKEN: secret(),
  SIM_ENSWITCH_USER: 'callboard',
  SIM_ENSWITCH_PASSWORD: secret(),
};

// A session secret kept across demo runs, so a restart does not sign everyone out.
function sessionSecret() {
  const file = join(root, '.data', 'demo-auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

const children = [];
function stopAll(code) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  await buildIfNeeded(root);
  children.push(
    await startAndWait('npx', ['tsx', 'sim/cli.ts', '--port', simPort, '--timezone', simTimeZone], {
      label: 'sim',
      ready: /sim listening on/,
      env: simEnv,
    }),
  );
  children.push(
    await startAndWait(process.execPath, [join(root, 'server.mjs'), '-H', appHost, '-p', appPort], {
      label: 'app',
      ready: /Ready in/,
      env: {
        CALLBOARD_CONFIG: join(root, 'demo', 'callboard.demo.yaml'),
        SIM_PORT: simPort,
        SIM_TIMEZONE: simTimeZone,
        ...simEnv,
        AUTH_SECRET: sessionSecret(),
        DEMO_ADMIN_PASSWORD: adminPassword,
      },
    }),
  );
  for (const child of children) child.on('exit', () => stopAll(1));
  console.log(`
  Callboard demo is running: http://${appHost === '127.0.0.1' ? 'localhost' : appHost}:${appPort}
  Sign in as admin / ${adminPassword}
  Simulated PBX: http://127.0.0.1:${simPort} in ${simTimeZone} (Ctrl+C stops both)
`);
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : error}`);
  stopAll(1);
}

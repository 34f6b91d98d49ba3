// `npm run demo`: build when needed, start the PBX simulator and the production app against it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { centerFlags, demoCenters, localHourAt } from './lib/demo-centers.mjs';
import { demoAddress } from './lib/demo-address.mjs';
import { startAndWait } from './lib/processes.mjs';

// Next.js would otherwise try to send anonymous telemetry; Callboard runs offline too.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Loopback only unless HOST asks otherwise; the address people open becomes NEXTAUTH_URL.
const { host: appHost, port: appPort, publicUrl } = demoAddress(process.env, hostname());
const simPort = process.env.SIM_PORT ?? '4010';
// Each source is its own simulated center, of its own size, in a zone where it is business hours
// now, so the demo is busy whenever it starts (scripts/lib/demo-centers.mjs). SIM_TIMEZONE puts
// them all in one zone instead (`SIM_TIMEZONE=Europe/Copenhagen npm run demo`: summer time).
const centers = demoCenters(Date.now(), process.env.SIM_TIMEZONE || undefined);
const hq = centers.find((c) => c.api === 'asternic');
const zoneEnv = Object.fromEntries(
  centers.map((c) => [`SIM_TZ_${c.source.toUpperCase()}`, c.timeZone]),
);
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

function centerLines() {
  return centers
    .map((c) => {
      const hour = localHourAt(Date.now(), c.timeZone);
      const time = `${String(Math.floor(hour)).padStart(2, '0')}:${String(Math.round((hour % 1) * 60)).padStart(2, '0')}`;
      return `    ${c.source.padEnd(7)} ${c.api.padEnd(9)} ${c.agents} agents, volume ×${c.volume}, ${c.timeZone} (${time} there)`;
    })
    .join('\n');
}

const children = [];
function stopAll(code) {
  // Each child leads its own process group: npx's grandchildren (the simulator, next-server)
  // would otherwise outlive a demo stopped by `kill` rather than Ctrl+C in its terminal.
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  await buildIfNeeded(root);
  children.push(
    await startAndWait(
      'npx',
      [
        'tsx',
        'sim/cli.ts',
        '--port',
        simPort,
        '--seed',
        String(hq.seed),
        '--timezone',
        hq.timeZone,
        ...centerFlags(centers),
      ],
      {
        label: 'sim',
        detached: true,
        ready: /sim listening on/,
        env: simEnv,
      },
    ),
  );
  children.push(
    await startAndWait(process.execPath, [join(root, 'server.mjs'), '-H', appHost, '-p', appPort], {
      label: 'app',
      detached: true,
      ready: /Ready in/,
      env: {
        CALLBOARD_CONFIG: join(root, 'demo', 'callboard.demo.yaml'),
        SIM_PORT: simPort,
        ...zoneEnv,
        ...simEnv,
        AUTH_SECRET: sessionSecret(),
        NEXTAUTH_URL: publicUrl,
        DEMO_ADMIN_PASSWORD: adminPassword,
      },
    }),
  );
  for (const child of children) child.on('exit', () => stopAll(1));
  console.log(`
  Callboard demo is running: ${publicUrl}
  Sign in as admin / ${adminPassword}
  Simulated PBX: http://127.0.0.1:${simPort} (Ctrl+C stops both), one center per source:
${centerLines()}
`);
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : error}`);
  stopAll(1);
}

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const chromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return hasCommand('apt-get') && (isRoot || hasCommand('sudo')) ? (isRoot ? '' : 'sudo ') : null;
}

let aptUpdated = false;

/** Installs Debian packages when apt-get is usable; returns false where it is not. */
function aptInstall(packages) {
  const prefix = canApt();
  if (prefix === null) return false;
  console.log(`test setup: installing ${packages.join(', ')} (Debian packages)…`);
  const update = aptUpdated ? 'true' : `${prefix}apt-get update -qq`;
  execFileSync(
    'sh',
    [
      '-c',
      `${update} && DEBIAN_FRONTEND=noninteractive ${prefix}apt-get install -y -qq ${packages.join(' ')}`,
    ],
    { stdio: 'inherit' },
  );
  aptUpdated = true;
  return true;
}

/** redis-server for the multi-instance tests: already there, or Debian's package. */
export function ensureRedisServer() {
  if (hasCommand('redis-server')) return;
  if (!aptInstall(['redis-server']) || !hasCommand('redis-server')) {
    throw new Error(
      'redis-server is needed by the tests: install it (Debian/Ubuntu: redis-server)',
    );
  }
}

/** PostgreSQL for the storage tests, which start their own server: Debian's package when missing. */
export function ensurePostgres() {
  const root = '/usr/lib/postgresql';
  const installed = () =>
    existsSync(root) && readdirSync(root).some((v) => existsSync(`${root}/${v}/bin/initdb`));
  if (installed()) return;
  if (!aptInstall(['postgresql']) || !installed()) {
    throw new Error(
      'PostgreSQL is needed by the storage tests: install it (Debian/Ubuntu: postgresql)',
    );
  }
}

/**
 * A Chromium for the browser tests: CHROMIUM_PATH, a system Chromium, Debian's package where
 * apt-get can install it, else Playwright's own download (returns undefined: Playwright finds it).
 */
export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  const found = chromiumPaths.find((path) => existsSync(path));
  if (found) return found;
  if (aptInstall(['chromium'])) {
    const installed = chromiumPaths.find((path) => existsSync(path));
    if (installed) return installed;
  }
  console.log("test setup: installing Playwright's Chromium…");
  execFileSync('npx', ['playwright', 'install', '--with-deps', 'chromium'], { stdio: 'inherit' });
  return undefined;
}

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A Chromium for the browser tests: CHROMIUM_PATH, a system Chromium, Debian's package where
 * apt-get can install it, else Playwright's own download (returns undefined: Playwright finds it).
 */
export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (hasCommand('apt-get') && (isRoot || hasCommand('sudo'))) {
    const prefix = isRoot ? '' : 'sudo ';
    console.log('e2e: installing Debian chromium…');
    execFileSync(
      'sh',
      [
        '-c',
        `${prefix}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${prefix}apt-get install -y -qq chromium`,
      ],
      { stdio: 'inherit' },
    );
    const installed = candidates.find((path) => existsSync(path));
    if (installed) return installed;
  }
  console.log("e2e: installing Playwright's Chromium…");
  execFileSync('npx', ['playwright', 'install', '--with-deps', 'chromium'], { stdio: 'inherit' });
  return undefined;
}

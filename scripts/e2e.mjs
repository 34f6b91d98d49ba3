// Browser tests: a Chromium, the production build, then Playwright (which starts the simulator
// and `npm start` (server.mjs) itself, see playwright.config.ts).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { ensureChromium } from './lib/system-deps.mjs';
import { run } from './lib/processes.mjs';

// Next.js would otherwise try to send anonymous telemetry; Callboard runs offline too.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = ensureChromium();
await buildIfNeeded(root);
// Each run starts from an empty app database (boards, display links), created at start-up.
for (const suffix of ['', '-wal', '-shm'])
  rmSync(join(root, `.data/e2e-callboard.db${suffix}`), { force: true });
try {
  await run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    cwd: root,
    env: chromium ? { CHROMIUM_PATH: chromium } : {},
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

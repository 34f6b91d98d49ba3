// `npm run bench:soak`: the full TV soak (see bench/README.md, "TV soak"): at least 17,280
// time-compressed updates on one screen and 30 minutes on a real-time screen beside it.
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from '../scripts/lib/build-if-needed.mjs';
import { runTvSoak } from './tv-soak.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
await buildIfNeeded(root);
try {
  await runTvSoak({ root, mode: 'full' });
  process.exit(0);
} catch (error) {
  process.stderr.write(`bench:soak failed: ${error?.stack ?? error}\n`);
  process.exit(1);
}

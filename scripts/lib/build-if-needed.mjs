import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './processes.mjs';

const inputs = [
  'app',
  'components',
  'lib',
  'messages',
  'public',
  'instrumentation.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Runs `next build` unless the last build is newer than every source file. */
export async function buildIfNeeded(root) {
  const buildId = join(root, '.next', 'BUILD_ID');
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  if (builtAt > changedAt) {
    console.log('callboard: the production build is up to date');
    return;
  }
  console.log('callboard: building the production app (takes a few minutes on a small machine)…');
  await run('npx', ['next', 'build'], { cwd: root });
}

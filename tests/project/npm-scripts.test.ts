import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** Files an npm script hands to node or tsx; a typo or a lost file breaks a README command. */
function scriptFiles(command: string): string[] {
  return [...command.matchAll(/\b(?:node|tsx)\s+([\w./-]+\.(?:mjs|js|ts))/g)].map(
    (m) => m[1] ?? '',
  );
}

describe('npm scripts', () => {
  it('has every command the README names', () => {
    for (const name of ['start', 'build', 'demo', 'test', 'check', 'bench', 'sim']) {
      expect(scripts[name], name).toBeTruthy();
    }
    // README quick start: `npm start` serves the built app (PORT, CALLBOARD_CONFIG), as next start
    // did; server.mjs adds the live stream's node:http path beside Next (docs/performance.md).
    expect(scripts.start).toBe('node server.mjs');
  });

  it.each(Object.entries(scripts))('%s runs files that exist', (_name, command) => {
    for (const file of scriptFiles(command))
      expect(existsSync(path.join(root, file)), file).toBe(true);
  });
});

import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findCycle, libFolderGraph, type FolderGraph } from './import-graph';

const root = path.resolve(__dirname, '../..');

describe('folders of lib/', () => {
  it('import each other without a cycle', () => {
    const graph = libFolderGraph(path.join(root, 'lib'));
    expect(graph.get('providers')?.has('upstream')).toBe(true);
    expect(findCycle(graph)).toBeUndefined();
  });

  it('a cycle is reported with its path', () => {
    const graph: FolderGraph = new Map([
      ['auth', new Set(['server', 'config'])],
      ['server', new Set(['auth'])],
      ['config', new Set<string>()],
    ]);
    expect(findCycle(graph)).toEqual(['auth', 'server', 'auth']);
  });
});

describe('ESLint boundaries', () => {
  const eslint = new ESLint({ cwd: root });
  const restricted = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
  };

  it.each([
    ['lib/providers/utel/client.ts', "import { getMetrics } from '@/lib/server/metrics';"],
    ['lib/providers/utel/client.ts', "import { tokenCaller } from '@/lib/auth/current-caller';"],
    ['lib/providers/utel/client.ts', "import { getMetrics } from '../../server/metrics';"],
    ['lib/upstream/http.ts', "import { getMetrics } from '@/lib/server/metrics';"],
    ['lib/providers/utel/client.ts', "import { engine } from '@/sim/engine/engine';"],
    ['lib/server/app-context.ts', "import { readFixture } from '@/lib/testing/fixtures';"],
    ['lib/providers/utel/client.ts', "import { serve } from '@/lib/testing/test-http-server';"],
  ])('%s may not: %s', async (file, code) => {
    expect(
      await restricted(file, `${code}\nexport const used = [${/{ (\w+) }/.exec(code)?.[1]}];\n`),
    ).toHaveLength(1);
  });

  it('lets tests import test-only code', async () => {
    const code =
      "import { readFixture } from '@/lib/testing/fixtures';\nexport const f = readFixture;\n";
    expect(await restricted('lib/providers/utel/client.test.ts', code)).toHaveLength(0);
  });

  it('lets the server import providers and upstream HTTP', async () => {
    const code =
      "import { requestUpstream } from '@/lib/upstream/http';\nexport const f = requestUpstream;\n";
    expect(await restricted('lib/server/app-context.ts', code)).toHaveLength(0);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceKinds } from '@/lib/model/source';
import { providerDefinitions } from './registry';

const here = path.dirname(new URL(import.meta.url).pathname);
const coreFiles = ['api-types.ts', 'client.ts', 'mapper.ts', 'provider.ts', 'fixtures'];
const kindFolders = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

describe('provider folders (docs/adding-a-pbx.md)', () => {
  it('are exactly the kinds, each registered', () => {
    expect([...kindFolders].sort()).toEqual([...sourceKinds].sort());
    expect(Object.keys(providerDefinitions).sort()).toEqual([...sourceKinds].sort());
  });

  it.each(kindFolders)('%s holds the same core files', (kind) => {
    const missing = coreFiles.filter((file) => !existsSync(path.join(here, kind, file)));
    expect(missing).toEqual([]);
  });

  it.each(kindFolders)('%s exports its definition with the one factory shape', async (kind) => {
    const exported: Record<string, unknown> = await import(`./${kind}/provider.ts`);
    const definition = exported[`${kind}Definition`];
    expect(definition).toBe(providerDefinitions[kind as keyof typeof providerDefinitions]);
    // upstreamPerMinute is optional: only a vendor with a known rate limit declares it.
    const { upstreamPerMinute, ...shape } = definition as Record<string, unknown>;
    expect(shape).toEqual({
      kind,
      defaultRefreshSeconds: expect.any(Number),
      concurrency: expect.any(Number),
      create: expect.any(Function),
    });
    if (upstreamPerMinute !== undefined) expect(upstreamPerMinute).toBeGreaterThan(0);
    // (source, options?) — one options object for client, clock and paging.
    const { create } = definition as { create: (...args: unknown[]) => unknown };
    expect(create.length).toBeLessThanOrEqual(2);
    expect(create.length).toBeGreaterThanOrEqual(1);
  });
});

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { AppContext } from './app-context';
import { releaseSharedOnShutdown } from './shutdown';
import type { SourceRuntime } from './sources/source-runtime';

/** An app whose sources record being closed, and a process that records exits. */
function setup() {
  const closed: string[] = [];
  const runtime = (id: string) =>
    ({
      close: async () => {
        closed.push(id);
      },
    }) as unknown as SourceRuntime;
  const app = {
    sources: new Map([
      ['a', runtime('a')],
      ['b', runtime('b')],
    ]),
  } as AppContext;
  const proc = Object.assign(new EventEmitter(), { exit: vi.fn() });
  const target = proc as unknown as Parameters<typeof releaseSharedOnShutdown>[1];
  return { app, closed, proc, target };
}

describe('releaseSharedOnShutdown', () => {
  it("gives up every source's lead on SIGTERM, beside Next's own handler, and leaves exiting to it", async () => {
    const { app, closed, proc, target } = setup();
    const next = vi.fn();
    proc.on('SIGTERM', next);
    releaseSharedOnShutdown(app, target);
    releaseSharedOnShutdown(app, target);
    proc.emit('SIGTERM');
    await vi.waitFor(() => expect(closed).toEqual(['a', 'b']));
    expect(next).toHaveBeenCalledOnce();
    expect(proc.exit).not.toHaveBeenCalled();
  });

  it('exits by itself after the release when nobody else handles the signal', async () => {
    const { app, closed, proc, target } = setup();
    releaseSharedOnShutdown(app, target);
    proc.emit('SIGINT');
    await vi.waitFor(() => expect(proc.exit).toHaveBeenCalledWith(130));
    expect(closed).toEqual(['a', 'b']);
  });
});

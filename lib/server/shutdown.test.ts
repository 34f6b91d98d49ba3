import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { AppContext } from './app-context';
import { StreamRegistry } from './live/stream-registry';
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
  const streams = new StreamRegistry();
  const app = {
    sources: new Map([
      ['a', runtime('a')],
      ['b', runtime('b')],
    ]),
    streams,
  } as AppContext;
  const proc = Object.assign(new EventEmitter(), { exit: vi.fn() });
  const target = proc as unknown as Parameters<typeof releaseSharedOnShutdown>[1];
  return { app, closed, proc, target, streams };
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

  it('ends every open live stream on SIGTERM, so that the server can close and exit', async () => {
    const { app, proc, target, streams } = setup();
    const ended: string[] = [];
    const admission = streams.admit('user:a', () => {
      ended.push('user:a');
      if (admission.admitted) admission.release();
    });
    releaseSharedOnShutdown(app, target);
    proc.emit('SIGTERM');
    await vi.waitFor(() => expect(ended).toEqual(['user:a']));
    expect(streams.openCount).toBe(0);
  });
});

import 'server-only';
import { getAppContext } from '@/lib/server/app-context';
import { releaseShared } from '@/lib/server/shutdown';
import { createLiveStreamHandler, type LiveStreamHandler } from './node-stream-handler';

/**
 * What server.mjs finds on globalThis: the live stream's node:http handler, built inside the
 * bundled app (the same auth code and the same hub instance as the route handlers), and the
 * shutdown that ends every stream and gives up Redis leads.
 */
export interface NodeServerHooks {
  handleLiveStream: LiveStreamHandler;
  shutdown: () => Promise<void>;
}

export const nodeServerHooksKey = Symbol.for('callboard.nodeServerHooks');

/** Called from instrumentation.ts once the app context is built. */
export function registerNodeServerHooks(): void {
  const hooks: NodeServerHooks = {
    handleLiveStream: createLiveStreamHandler(),
    shutdown: () => releaseShared(getAppContext()),
  };
  Object.assign(globalThis, { [nodeServerHooksKey]: hooks });
}

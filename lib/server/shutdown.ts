import type { AppContext } from './app-context';
import { closeCoordinator } from './redis/get-coordinator';

/** Processes already hooked: route bundles may each run start-up code, the hooks go in once. */
const hooked = new WeakSet<object>();

/** What the hooks need of a process (a fake in tests). */
type SignalTarget = Pick<NodeJS.Process, 'once' | 'listenerCount' | 'exit'>;

/**
 * Ends open live streams, gives up this instance's Redis leads and closes its connections, so that
 * the process can exit and another instance polls the sources from its next step rather than
 * after the lock's TTL (2.5 periods). Never throws.
 */
export function releaseShared(app: AppContext): Promise<void> {
  // Both the signal hook and server.mjs ask for it at shutdown: it runs once.
  let releasing = released.get(app);
  if (!releasing) {
    releasing = release(app);
    released.set(app, releasing);
  }
  return releasing;
}
const released = new WeakMap<AppContext, Promise<void>>();

async function release(app: AppContext): Promise<void> {
  // Next closes its server only once every response has ended: open SSE streams never would.
  app.streams.closeAll();
  await Promise.allSettled([...app.sources.values()].map((runtime) => runtime.close()));
  await closeCoordinator().catch(() => undefined);
}

/**
 * On SIGTERM/SIGINT, starts `releaseShared` beside Next's own shutdown (which exits once its server
 * has closed; a release is one Redis command, done long before). A listener replaces Node's default
 * exit, so when nobody else handles the signal (NEXT_MANUAL_SIG_HANDLE) this exits itself.
 */
export function releaseSharedOnShutdown(app: AppContext, proc: SignalTarget = process): void {
  if (hooked.has(proc)) return;
  hooked.add(proc);
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    proc.once(signal, () => {
      const alone = proc.listenerCount(signal) === 0;
      void releaseShared(app).finally(() => {
        if (alone) proc.exit(code);
      });
    });
  }
}

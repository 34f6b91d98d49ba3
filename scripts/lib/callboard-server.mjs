// The production server `npm start` runs (server.mjs), also used by the bench: Next's request
// handler on a plain node:http server, except for the live stream, which the app itself registers
// a node:http handler for (lib/server/live/fanout/register.ts, from instrumentation.ts) so that
// thousands of streams share one encoded buffer per snapshot instead of a web stream each.
import { createServer } from 'node:http';
import next from 'next';

const hooksKey = Symbol.for('callboard.nodeServerHooks');

/** The hooks the app registered at start-up, if any (`next dev` registers none of its own). */
export const nodeServerHooks = () => globalThis[hooksKey];

/**
 * Prepares the production build in `dir` and listens on `port` (`hostname` undefined: every
 * interface, as `next start`). Resolves with the server and `shutdown(exitCode)`.
 */
export async function startCallboardServer({ dir, port, hostname, onError = defaultOnError }) {
  const app = next({ dev: false, dir, port, hostname: hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    if (nodeServerHooks()?.handleLiveStream(req, res)) return;
    handle(req, res).catch((error) => {
      onError(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });

  let stopping;
  /** Stops accepting, ends every live stream, leaves Redis leads, then waits for open requests. */
  function shutdown(graceMs = 10_000) {
    stopping ??= (async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      await nodeServerHooks()
        ?.shutdown()
        .catch(() => undefined);
      const timer = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
      await Promise.race([closed, timer]);
      server.closeAllConnections();
    })();
    return stopping;
  }
  return { server, app, shutdown };
}

function defaultOnError(error) {
  process.stderr.write(`callboard: request failed: ${error?.stack ?? error}\n`);
}

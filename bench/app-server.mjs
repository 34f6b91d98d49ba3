// The production app under a small custom server, so the bench can ask it for what only the
// process itself knows: heap after a full GC, CPU time and open sockets. Started by bench/run.mjs
// as `node --expose-gc bench/app-server.mjs` with an IPC channel; app code is untouched.
//
// env: BENCH_ROOT (the app directory), BENCH_PORT, CALLBOARD_CONFIG and the config's variables.
// IPC in: { type: 'gc', id, gc?: false (skip the collection) } → out: { type: 'gc', id, memory, cpu, connections, atMs }
import { createServer } from 'node:http';
import next from 'next';

const root = process.env.BENCH_ROOT ?? process.cwd();
const port = Number(process.env.BENCH_PORT);
const hostname = '127.0.0.1';
if (!Number.isInteger(port) || port <= 0) {
  process.stderr.write('app-server: BENCH_PORT must be a port number\n');
  process.exit(2);
}

const app = next({ dev: false, dir: root, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    process.stderr.write(`app-server: request failed: ${error?.stack ?? error}\n`);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, hostname, resolve);
});
process.stdout.write(`app-server listening on http://${hostname}:${port} (pid ${process.pid})\n`);

function connections() {
  return new Promise((resolve) =>
    server.getConnections((error, count) => resolve(error ? -1 : count)),
  );
}

process.on('message', async (message) => {
  if (!message || typeof message !== 'object') return;
  if (message.type === 'gc') {
    if (message.gc !== false && typeof globalThis.gc === 'function') {
      // Two passes: the first may only queue finalizers that free more on the second.
      globalThis.gc();
      globalThis.gc();
    }
    process.send?.({
      type: 'gc',
      id: message.id,
      gcAvailable: typeof globalThis.gc === 'function',
      memory: process.memoryUsage(),
      cpu: process.cpuUsage(),
      connections: await connections(),
      atMs: performance.now(),
    });
  }
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections?.();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The bench went away (crashed or killed): do not outlive it.
process.on('disconnect', stop);

// The production app under the server `npm start` runs (scripts/lib/callboard-server.mjs), so the bench can ask it for what only the
// process itself knows: heap after a full GC, CPU time and open sockets. Started by bench/run.mjs
// as `node --expose-gc bench/app-server.mjs` with an IPC channel; app code is untouched.
//
// env: BENCH_ROOT (the app directory), BENCH_PORT, CALLBOARD_CONFIG and the config's variables.
// IPC in: { type: 'gc', id, gc?: false (skip the collection) } → out: { type: 'gc', id, memory, cpu, connections, atMs }
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startCallboardServer } from '../scripts/lib/callboard-server.mjs';

const root = process.env.BENCH_ROOT ?? process.cwd();
const port = Number(process.env.BENCH_PORT);
const hostname = '127.0.0.1';
if (!Number.isInteger(port) || port <= 0) {
  process.stderr.write('app-server: BENCH_PORT must be a port number\n');
  process.exit(2);
}

// The server `npm start` runs (server.mjs), so the bench measures what production serves.
const { server, shutdown } = await startCallboardServer({ dir: root, port, hostname });
process.stdout.write(`app-server listening on http://${hostname}:${port} (pid ${process.pid})\n`);

function connections() {
  return new Promise((resolve) =>
    server.getConnections((error, count) => resolve(error ? -1 : count)),
  );
}

// The inspector's CPU profiler (what Chrome's profiler drives), started and stopped over IPC so
// that the profile covers only the measured window, not start-up and connecting.
let profiler;
async function profile(message) {
  if (message.action === 'start') {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 1000 });
    await profiler.post('Profiler.start');
  } else if (profiler) {
    const { profile: result } = await profiler.post('Profiler.stop');
    writeFileSync(message.file, JSON.stringify(result));
    profiler.disconnect();
    profiler = undefined;
  }
  process.send?.({ type: 'profile', id: message.id });
}

process.on('message', async (message) => {
  if (!message || typeof message !== 'object') return;
  if (message.type === 'profile') {
    await profile(message);
    return;
  }
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
  setTimeout(() => process.exit(0), 3000).unref();
  void shutdown(2000).finally(() => process.exit(0));
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The bench went away (crashed or killed): do not outlive it.
process.on('disconnect', stop);

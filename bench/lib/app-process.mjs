import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitUntilReady } from '../../scripts/lib/processes.mjs';
import { httpGet, sleep } from './http.mjs';

const serverScript = fileURLToPath(new URL('../app-server.mjs', import.meta.url));

/**
 * Starts `node --expose-gc bench/app-server.mjs` (the production build under a custom server) and
 * resolves once it listens. The returned handle asks the process for its own figures over IPC.
 */
export function startApp({
  root,
  port,
  env,
  label,
  timeoutMs = 120_000,
  script = serverScript,
  ready = /app-server listening on/,
}) {
  const child = fork(script, [], {
    cwd: root,
    execArgv: ['--expose-gc'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_ROOT: root,
      BENCH_PORT: String(port),
      // Required in production: the address the clients use.
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      // Every bench client shares one token: lift the per-caller stream limit above the largest run.
      CALLBOARD_SSE_MAX_STREAMS_PER_CALLER: '100000',
      CALLBOARD_SSE_MAX_STREAMS: '100000',
      // …and its request limit: 50 pollers on one token is the bench's load, not abuse.
      CALLBOARD_API_REQUESTS_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const url = `http://127.0.0.1:${port}`;
  let nextId = 1;
  const waiting = new Map();
  child.on('message', (message) => {
    const resolve = waiting.get(message?.id);
    if (!resolve) return;
    waiting.delete(message.id);
    resolve(message);
  });
  const ask = (message) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`${label} did not answer ${message.type}`));
      }, 30_000);
      waiting.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      child.send({ ...message, id });
    });
  const handle = {
    label,
    url,
    pid: child.pid,
    child,
    /** CPU time, memory and open sockets, without collecting garbage first. */
    stats: () => ask({ type: 'gc', gc: false }),
    /** The same after two full GCs: `memory.heapUsed` is the live heap. */
    gc: () => ask({ type: 'gc', gc: true }),
    /** Starts (`start`) or stops the CPU profiler; `stop` writes the profile to `file`. */
    profile: (action, file) => ask({ type: 'profile', action, file }),
    stop: () => stopChild(child),
  };
  return waitUntilReady(child, { ready, label, timeoutMs }).then(() => handle);
}

/** SIGTERM, then SIGKILL if the child is still there after a few seconds. */
export function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Waits until GET `path` answers 200 (the first request also loads the route's code). */
export async function waitForOk(url, headers = {}, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const { status, text } = await httpGet(url, { headers });
      if (status === 200) return text;
      last = `${status} ${text.slice(0, 200)}`;
    } catch (error) {
      last = String(error?.message ?? error);
    }
    await sleep(250);
  }
  throw new Error(`GET ${url} never answered 200 (last: ${last})`);
}

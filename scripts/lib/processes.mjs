import { spawn } from 'node:child_process';

/**
 * Starts a long-running child and resolves once a line of its output matches `ready`.
 * The child's output is passed through with a prefix so the operator sees what happens.
 */
export async function startAndWait(
  command,
  args,
  { env, ready, label, timeoutMs = 120_000, detached = false },
) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group when asked, so that the whole tree (npx → node) can be stopped.
    detached,
  });
  await waitUntilReady(child, { ready, label, timeoutMs });
  return child;
}

/**
 * Passes a piped child's output through with a `[label] ` prefix and resolves once a chunk of it
 * matches `ready`. Rejects, and sends the child SIGTERM, when it exits first or `timeoutMs` passes.
 */
export function waitUntilReady(child, { ready, label, timeoutMs = 120_000 }) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(
      () => finish(new Error(`${label} did not start within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    function finish(error) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGTERM');
        reject(error);
      } else resolve();
    }
    const onData = (stream) => (chunk) => {
      const text = chunk.toString();
      stream.write(text.replace(/^(?=.)/gm, `[${label}] `));
      if (ready.test(text)) finish();
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('exit', (code) =>
      finish(new Error(`${label} exited with code ${code} before it was ready`)),
    );
  });
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      ...options,
      env: { ...process.env, ...options.env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

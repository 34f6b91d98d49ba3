import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** A throwaway redis-server on loopback for tests: no persistence, a free port. */
export interface TestRedisServer {
  url: string;
  port: number;
  /** Starts it (again, on the same port). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function findRedisServer(): string {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).concat('/usr/bin', '/usr/sbin');
  const found = dirs.map((dir) => path.join(dir, 'redis-server')).find((file) => existsSync(file));
  if (!found) {
    throw new Error(
      'redis-server not found: the Redis tests need Debian\'s "redis-server" package ' +
        '(apt-get install -y redis-server)',
    );
  }
  return found;
}

export async function startTestRedisServer(): Promise<TestRedisServer> {
  const binary = findRedisServer();
  const port = await freePort();
  let child: ChildProcess | undefined;
  const server: TestRedisServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      const args = ['--port', `${port}`, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
      const started = spawn(binary, args, { stdio: 'ignore' });
      child = started;
      // Never outlive the test run, even when it ends without its afterAll.
      const kill = () => started.kill('SIGKILL');
      process.once('exit', kill);
      started.once('exit', () => process.off('exit', kill));
      await waitForPong(port, started);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
  await server.start();
  return server;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Resolves once the server answers PING; fails after 5 s or when the process exits. */
async function waitForPong(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    if (await ping(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error(`redis-server did not answer on 127.0.0.1:${port} within 5 s`);
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

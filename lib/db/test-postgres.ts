import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** A throwaway PostgreSQL on loopback for tests: its own data folder, trust auth, one port. */
export interface TestPostgres {
  port: number;
  /** A new empty database on this server, as a connection URL. */
  createDatabase(): Promise<string>;
  stop(): void;
}

/** Debian keeps the server binaries per version; the newest installed wins. */
export function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const version = versions[0];
  if (!version) {
    throw new Error(
      "PostgreSQL not found in /usr/lib/postgresql/*/bin: the storage tests need Debian's " +
        '"postgresql" package (apt-get install -y postgresql; npm run test:unit installs it)',
    );
  }
  return path.join(root, version, 'bin');
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'callboard-pg-'));
  const data = path.join(dir, 'data');
  // initdb refuses to run as root: then the server runs as the `postgres` system user.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (file: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, file), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(path.join(bin, file), args, { stdio: 'pipe' });
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    const options = `-p ${port} -h 127.0.0.1 -k ${dir} -F -c fsync=off -c full_page_writes=off`;
    run('pg_ctl', [
      'start',
      '-w',
      '-t',
      '30',
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      options,
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail =
      error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`could not start PostgreSQL for the storage tests: ${detail.trim()}`);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['stop', '-m', 'immediate', '-w', '-D', data]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // Never outlive the test run, even when it ends without its afterAll.
  process.once('exit', stop);
  let count = 0;
  return {
    port,
    async createDatabase() {
      count += 1;
      const name = `callboard_test_${count}`;
      const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}

/** A free port, preferring 5440–5449 (this machine's range for test databases), else any. */
async function freePort(): Promise<number> {
  for (let port = 5440; port <= 5449; port += 1) {
    if (await canListen(port)) return port;
  }
  return listenPort(0);
}

function canListen(port: number): Promise<boolean> {
  return listenPort(port).then(
    () => true,
    () => false,
  );
}

function listenPort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

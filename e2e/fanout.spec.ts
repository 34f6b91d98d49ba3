import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';
import { e2e } from './env';

// 2,000 live streams against the production server (`npm start`, server.mjs): every one gets the
// next snapshot, and closing them leaves no subscriber, socket or timer behind. Not timed.
const streams = 2000;
const periodMs = 5000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** `command` under the soft descriptor limit raised to the hard one (2,000 sockets each side). */
function withRaisedLimit(
  command: string,
  env: Record<string, string>,
  piped = false,
): ChildProcess {
  return spawn('sh', ['-c', `ulimit -S -n "$(ulimit -H -n)" 2>/dev/null; exec ${command}`], {
    env: { ...process.env, ...env },
    stdio: piped ? ['pipe', 'pipe', 'inherit'] : ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

function stop(child: ChildProcess | undefined): void {
  if (child?.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** GET on its own connection (Connection: close): the scrape leaves no socket on the server. */
function get(url: string, token?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      agent: false,
      headers: { connection: 'close', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.end();
  });
}

/** Subscribers of hq, and the open sockets and timers that keep the server's event loop alive. */
async function serverState(base: string) {
  const { text } = await get(`${base}/api/metrics`, e2e.adminToken);
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
  return {
    subscribers: value(/^callboard_sse_clients\{source="hq"\} (\S+)$/m),
    sockets: value(/^callboard_nodejs_active_resources\{type="TCPSocketWrap"\} (\S+)$/m),
    timers: value(/^callboard_nodejs_active_resources\{type="Timeout"\} (\S+)$/m) || 0,
  };
}

/** The stream-crowd child: one JSON command in, one JSON answer out. */
function crowd() {
  const child = withRaisedLimit(`node ${join('e2e', 'support', 'stream-crowd.mjs')}`, {}, true);
  const { stdin, stdout } = child;
  if (!stdin || !stdout) throw new Error('stream-crowd: no pipes');
  const lines = createInterface({ input: stdout });
  const answers: ((line: string) => void)[] = [];
  lines.on('line', (line) => answers.shift()?.(line));
  const ask = <T>(command: object) =>
    new Promise<T>((resolve) => {
      answers.push((line) => resolve(JSON.parse(line) as T));
      stdin.write(`${JSON.stringify(command)}\n`);
    });
  return { child, ask };
}

test('2,000 streams on the production server all get the next snapshot and leave nothing behind', async () => {
  test.setTimeout(240_000);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = withRaisedLimit(`node server.mjs -H 127.0.0.1 -p ${port}`, {
    CALLBOARD_CONFIG: 'e2e/callboard.e2e.yaml',
    CALLBOARD_DB_PATH: join(mkdtempSync(join(tmpdir(), 'callboard-fanout-')), 'app.db'),
    SIM_PORT: String(e2e.simPort),
    SIM_ASTERNIC_PASSWORD: e2e.simPassword,
    // One API token opens them all: lift its cap (200 by default) above the crowd.
    CALLBOARD_SSE_MAX_STREAMS_PER_CALLER: String(streams + 100),
    // ... and its request limit (120 at once), which would refuse most of the crowd's openings.
    CALLBOARD_API_REQUESTS_PER_MINUTE: '0',
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  });
  const clients = crowd();
  try {
    await expect
      .poll(
        () =>
          get(`${base}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);
    const streamUrl = `${base}/api/v1/sources/hq/queues/live/stream`;

    // One stream first, so that the source's poll and its upstream connection exist in the
    // baseline as they will after the crowd has gone.
    await clients.ask({ open: 1, url: streamUrl, token: e2e.apiToken });
    await clients.ask({ close: true });
    await expect.poll(() => serverState(base).then((s) => s.subscribers)).toBe(0);
    const baseline = await serverState(base);
    // The scrape's own socket at least: the metric is there to compare with.
    expect(baseline.sockets).toBeGreaterThan(0);

    const opened = await clients.ask<{ opened: number; latest: number }>({
      open: streams,
      url: streamUrl,
      token: e2e.apiToken,
    });
    expect(opened.opened).toBe(streams);
    expect((await serverState(base)).subscribers).toBe(streams);

    const next = await clients.ask<{ got: number }>({
      after: opened.latest,
      timeoutMs: 3 * periodMs,
    });
    expect(next.got).toBe(streams);

    await clients.ask({ close: true });
    await expect
      .poll(() => serverState(base), { timeout: 15_000 })
      .toEqual({
        subscribers: 0,
        sockets: baseline.sockets,
        timers: baseline.timers,
      });
  } finally {
    stop(clients.child);
    stop(server);
  }
});

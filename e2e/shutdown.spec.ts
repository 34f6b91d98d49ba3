import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2e } from './env';

test.use({ storageState: { cookies: [], origins: [] } });

// A port of its own beside this run's app, so that parallel runs on other ports do not collide.
const port = e2e.appPort + 97;
const url = `http://127.0.0.1:${port}`;

test('SIGTERM with live streams open ends them, and the server exits within seconds', async () => {
  test.setTimeout(120_000);
  // `next start` itself (no npx in between), as a container runs it: the signal goes to it alone.
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        CALLBOARD_CONFIG: 'e2e/callboard.e2e.yaml',
        CALLBOARD_DB_PATH: join(mkdtempSync(join(tmpdir(), 'callboard-shutdown-')), 'db.sqlite'),
        NEXTAUTH_URL: url,
        SIM_PORT: String(e2e.simPort),
        SIM_ASTERNIC_PASSWORD: e2e.simPassword,
      },
      stdio: 'ignore',
    },
  );
  const exited = new Promise<number | null>((resolve) =>
    server.on('exit', (code) => resolve(code)),
  );
  try {
    await expect
      .poll(
        () =>
          fetch(`${url}/api/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);
    const streams = await Promise.all(
      [0, 1, 2].map(async () => {
        const response = await fetch(`${url}/api/v1/sources/hq/queues/live/stream`, {
          headers: { authorization: `Bearer ${e2e.apiToken}` },
        });
        expect(response.status).toBe(200);
        const body = response.body;
        if (!body) throw new Error('the stream has no body');
        const reader = body.pipeThrough(new TextDecoderStream()).getReader();
        let text = '';
        while (!text.includes('event: snapshot')) text += (await reader.read()).value ?? '';
        return reader;
      }),
    );
    const started = Date.now();
    server.kill('SIGTERM');
    // Each client sees its stream end (not hang), and the process is gone within a few seconds.
    for (const reader of streams) {
      for (;;) if ((await reader.read()).done) break;
    }
    await exited;
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
  }
});

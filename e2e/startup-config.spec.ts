import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** Starts the production server with a configuration and returns how it ended. */
function startWith(configText: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'callboard-config-'));
  const file = join(dir, 'callboard.config.yaml');
  writeFileSync(file, configText);
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('node', ['server.mjs', '-H', '127.0.0.1', '-p', '3199'], {
      env: {
        ...process.env,
        CALLBOARD_CONFIG: file,
        NEXTAUTH_URL: 'http://127.0.0.1:3199',
        ...env,
      },
      // Its own process group: if the server did start, stopping npx alone would leave it running.
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const base = `
sources:
  - id: hq
    kind: asternic
    baseUrl: http://127.0.0.1:1/asternic/stats
    username: wallboard
    password: \${PBX_PASSWORD}
    refreshSeconds: 5
auth:
  secret: a-secret-long-enough-for-tests
  users: [{ username: admin, password: x, role: admin }]
`;

test.describe('start-up configuration checks', () => {
  test('an invalid field stops the server with a message naming it', async () => {
    const { code, output } = await startWith(
      base.replace('refreshSeconds: 5', 'refreshSeconds: 1'),
      {
        PBX_PASSWORD: 'p',
      },
    );
    expect(code).not.toBe(0);
    expect(output).toContain('sources[0].refreshSeconds');
    expect(output).toContain('every 5 seconds');
    expect(output).not.toMatch(/\n\s+at /);
  });

  test('a missing ${VAR} stops the server with the variable named', async () => {
    const { code, output } = await startWith(base);
    expect(code).not.toBe(0);
    expect(output).toContain('environment variable PBX_PASSWORD is not set');
  });

  test('production without NEXTAUTH_URL stops the server naming the variable', async () => {
    const { code, output } = await startWith(base, { PBX_PASSWORD: 'p', NEXTAUTH_URL: '' });
    expect(code).not.toBe(0);
    expect(output).toContain('NEXTAUTH_URL: required in production');
    expect(output).not.toMatch(/\n\s+at /);
  });

  test('a NEXTAUTH_URL that is not an origin stops the server naming the variable', async () => {
    const { code, output } = await startWith(base, {
      PBX_PASSWORD: 'p',
      NEXTAUTH_URL: 'wallboard.example.com',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('NEXTAUTH_URL: expected an absolute http(s) URL');
  });
});

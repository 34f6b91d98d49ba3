import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parseCli } from './cli';

describe('parseCli', () => {
  it('applies defaults, env and flags', () => {
    expect(parseCli([], {})).toMatchObject({ port: 4010, host: '127.0.0.1', seed: 42, speed: 1 });
    const env = { SIM_PORT: '5000', SIM_ASTERNIC_USER: 'u', SIM_ASTERNIC_PASSWORD: 'p' };
    expect(parseCli([], env)).toMatchObject({
      port: 5000,
      asternic: { username: 'u', password: 'p' },
    });
    const flags = ['--port', '0', '--seed', '7', '--speed', '60', '--timezone', 'Europe/Berlin'];
    expect(parseCli(flags, env)).toMatchObject({
      port: 0,
      seed: 7,
      speed: 60,
      timeZone: 'Europe/Berlin',
    });
  });

  it('reads start-up faults and the control token', () => {
    const options = parseCli(['--fault', 'asternic=hang', '--fault', '*=slow,delayMs=50'], {
      SIM_CONTROL_TOKEN: 't',
    });
    expect(options.controlToken).toBe('t');
    expect(options.faults).toEqual([
      { api: 'asternic', mode: 'hang' },
      { api: '*', mode: 'slow', delayMs: 50 },
    ]);
    expect(() => parseCli(['--fault', 'asternic=boom'], {})).toThrow(/fault/);
  });

  it('rejects bad values', () => {
    expect(() => parseCli(['--port', 'x'], {})).toThrow(/port/);
    expect(() => parseCli(['--speed', '0'], {})).toThrow(/speed/);
    expect(() => parseCli(['--bogus'], {})).toThrow();
  });
});

describe('cli process', () => {
  it('prints one ready line, serves, and exits cleanly on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
      env: { ...process.env, SIM_PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line: ${out}`)), 15_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^sim listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    const health = (await (await fetch(`${url}/_sim/health`)).json()) as { ok: boolean };
    expect(health.ok).toBe(true);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
  });
});

describe('--center', () => {
  it('gives an API a center of its own', () => {
    const options = parseCli(
      [
        '--center',
        'utel:seed=7,agents=10,volume=0.45,timezone=Europe/London',
        '--center',
        'telphin:agents=6',
      ],
      {},
    );
    expect(options.centers).toEqual({
      utel: { seed: 7, agents: 10, volume: 0.45, timeZone: 'Europe/London' },
      telphin: { agents: 6 },
    });
    expect(parseCli([], {}).centers).toBeUndefined();
  });

  it('rejects bad centers', () => {
    expect(() => parseCli(['--center', 'utel'], {})).toThrow(/center/);
    expect(() => parseCli(['--center', 'utel:agents=40'], {})).toThrow(/agents=40/);
    expect(() => parseCli(['--center', 'utel:volume=0'], {})).toThrow(/volume=0/);
    expect(() => parseCli(['--center', 'utel:colour=red'], {})).toThrow(/colour/);
  });
});

import { describe, expect, it } from 'vitest';
import { applyBenchRefresh } from './bench-refresh';
import { ConfigError } from './config-error';
import type { ResolvedSource } from './schema';

const source = (id: string, baseUrl: string): ResolvedSource =>
  ({
    id,
    name: id,
    kind: 'asternic',
    baseUrl,
    username: 'u',
    password: 'p',
    timezone: 'UTC',
    refreshSeconds: 5,
    serviceLevelSeconds: 20,
  }) as ResolvedSource;

const sources = [
  source('fast', 'http://127.0.0.1:4010/asternic/stats'),
  source('real', 'http://localhost:4010/asternic/stats'),
  source('pbx', 'https://pbx.example.com/stats'),
];

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.message);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the bench-only refresh override', () => {
  it('changes nothing when the variable is unset or empty', () => {
    expect(applyBenchRefresh(sources, undefined)).toBe(sources);
    expect(applyBenchRefresh(sources, ' ')).toBe(sources);
  });

  it('polls the named loopback sources at the given milliseconds, the others as configured', () => {
    const out = applyBenchRefresh(sources, 'fast:100,real:250');
    expect(out.map((s) => s.refreshSeconds)).toEqual([0.1, 0.25, 5]);
  });

  it('refuses a source that is not on loopback, so it never reaches a real PBX', () => {
    expect(problemsOf(() => applyBenchRefresh(sources, 'pbx:100'))).toEqual([
      'source "pbx" is not on loopback; the bench refresh is for the simulator only',
    ]);
  });

  it('refuses unknown sources and periods outside 20–5000 ms', () => {
    expect(problemsOf(() => applyBenchRefresh(sources, 'nope:100,fast:5,real:x'))).toEqual([
      'expected source-id:milliseconds (20–5000), got "fast:5"',
      'expected source-id:milliseconds (20–5000), got "real:x"',
      'no source "nope" is configured',
    ]);
  });
});

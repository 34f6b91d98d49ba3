import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';
import { loadConfigFile, parseConfigText } from './load-config';
import { defaultRefreshSeconds } from '@/lib/providers/registry';
import { resolveSources } from './resolve-sources';

const valid = `
timezone: Asia/Tashkent
sources:
  - id: hq
    name: HQ queues
    kind: asternic
    baseUrl: http://127.0.0.1:4010/asternic/stats/
    username: wallboard
    password: \${ASTERNIC_PASSWORD}
auth:
  secret: \${AUTH_SECRET}
  users:
    - username: admin
      password: \${ADMIN_PASSWORD}
      role: admin
`;

const env = {
  ASTERNIC_PASSWORD: 'pbx-secret',
  AUTH_SECRET: 'a-long-enough-session-secret',
  ADMIN_PASSWORD: 'admin-pass',
};

function problemsOf(run: () => unknown): ConfigError['problems'] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration loading', () => {
  it('substitutes ${VAR}, applies defaults and trims the base URL', () => {
    const config = parseConfigText(valid, 'test.yaml', env);
    const [source] = resolveSources(config, defaultRefreshSeconds);
    expect(source).toMatchObject({
      id: 'hq',
      name: 'HQ queues',
      kind: 'asternic',
      baseUrl: 'http://127.0.0.1:4010/asternic/stats',
      password: 'pbx-secret',
      timezone: 'Asia/Tashkent',
      refreshSeconds: 5,
      serviceLevelSeconds: 20,
    });
    expect(config.auth.apiTokens).toEqual([]);
  });

  it('reads JSON files too', () => {
    const json = JSON.stringify({
      sources: [],
      auth: { secret: 'x'.repeat(20), users: [{ username: 'a', password: 'b', role: 'viewer' }] },
    });
    expect(parseConfigText(json, 'c.json', {}).timezone).toBe('UTC');
  });

  it('names every missing environment variable with its place', () => {
    const problems = problemsOf(() => parseConfigText(valid, 'test.yaml', {}));
    expect(problems.map((p) => p.message)).toEqual([
      'environment variable ASTERNIC_PASSWORD is not set',
      'environment variable AUTH_SECRET is not set',
      'environment variable ADMIN_PASSWORD is not set',
    ]);
    expect(problems[0]).toMatchObject({ path: 'sources[0].password', line: 9 });
  });

  it('reports each invalid field with its path, line and what was expected', () => {
    const text = valid
      .replace('id: hq', 'id: HQ!')
      .replace(
        'username: wallboard',
        'username: wallboard\n    refreshSeconds: 2\n    colour: red',
      );
    const problems = problemsOf(() => parseConfigText(text, 'test.yaml', env));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'sources[0].id', line: 4 }),
        expect.objectContaining({
          path: 'sources[0].refreshSeconds',
          message: 'asternic realtime must not be polled more often than every 5 seconds',
        }),
        expect.objectContaining({ path: 'sources[0]', message: 'unknown field "colour"' }),
      ]),
    );
  });

  it('rejects unknown kinds, bad time zones and duplicate ids', () => {
    const text = `
timezone: Mars/Olympus
sources:
  - { id: a, kind: pbx9000, baseUrl: http://x }
  - { id: b, kind: asternic, baseUrl: http://x, username: u, password: p }
  - { id: b, kind: asternic, baseUrl: http://x, username: u, password: p }
auth: { secret: '${'s'.repeat(20)}', users: [{ username: a, password: b, role: admin }] }
`;
    const messages = problemsOf(() => parseConfigText(text, 't.yaml', {})).map(
      (p) => `${p.path}: ${p.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        'timezone: expected an IANA time zone name such as Asia/Tashkent',
        'sources[0].kind: expected kind to be one of utel, telphin, telecomx, enswitch, asternic',
        'sources[2].id: duplicate source id: every source needs its own id',
      ]),
    );
  });

  it('says where broken YAML is and never throws anything but ConfigError', () => {
    const problems = problemsOf(() => parseConfigText('sources: [\n  {id: a\nauth', 't.yaml', {}));
    expect(problems[0]?.message).toMatch(/^not valid YAML/);
    expect(problems[0]?.line).toBeGreaterThan(0);
  });

  it('explains a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-'));
    expect(problemsOf(() => loadConfigFile(join(dir, 'nope.yaml')))[0]?.message).toMatch(
      /file not found/,
    );
    writeFileSync(join(dir, 'ok.yaml'), valid);
    expect(loadConfigFile(join(dir, 'ok.yaml'), env).sources).toHaveLength(1);
  });
});

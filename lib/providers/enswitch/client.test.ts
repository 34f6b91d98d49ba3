import { afterEach, describe, expect, it } from 'vitest';
import {
  closeServers,
  reply,
  serve as serveHttp,
  type TestHandler,
} from '@/lib/testing/test-http-server';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { buildEnswitchUrl, createEnswitchClient } from './client';
import { readFixture } from '@/lib/testing/fixtures';

afterEach(closeServers);

// `;` and `&` inside the password: a server splitting on either must still read it whole (D8).
const password = 'p;ss&w0rd=secret';
const context = { timeoutMs: 1000 };

function fixture(name: string): string {
  return readFixture('enswitch', name);
}

/** Splits the query on `;` and `&` as Perl CGI does. */
function cgiParams(url: string): Record<string, string> {
  const query = url.split('?')[1] ?? '';
  return Object.fromEntries(
    query
      .split(/[;&]/)
      .filter(Boolean)
      .map((pair) => {
        const [key = '', value = ''] = pair.split('=');
        const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
        return [decode(key), decode(value)];
      }),
  );
}

/** Serves one handler and the client pointed at it; `seen` records every request. */
async function serve(handler: TestHandler) {
  const { root, seen } = await serveHttp(handler);
  const client = createEnswitchClient({ baseUrl: `${root}/`, username: 'wallboard', password });
  return { client, seen };
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error('expected an UpstreamError');
  for (const secret of [password, 'p;ss', 'auth_password', '127.0.0.1', '?']) {
    expect(error.message).not.toContain(secret);
  }
  return error;
}

describe('buildEnswitchUrl', () => {
  it('puts the credentials first and encodes what a `;` splitter would break', () => {
    const url = buildEnswitchUrl(
      { baseUrl: 'https://enswitch.example.com/', username: 'user', password },
      'queues/destinations/statistics/get',
      { queue: 123, start: 1230000000, end: 1240000000 },
    );
    expect(url.href).toBe(
      'https://enswitch.example.com/api/json/queues/destinations/statistics/get/?auth_username=user&auth_password=p%3Bss%26w0rd%3Dsecret&queue=123&start=1230000000&end=1240000000',
    );
    expect(cgiParams(url.href)).toEqual({
      auth_username: 'user',
      auth_password: password,
      queue: '123',
      start: '1230000000',
      end: '1240000000',
    });
  });
});

describe('enswitch client', () => {
  it('asks each function with its parameters and reads its rows', async () => {
    const bodies: Record<string, string> = {
      '/api/json/queues/destinations/statistics/get/': fixture('statistics-queue-123.json'),
      '/api/json/queues/active/list/': fixture('active-list-123.json'),
      '/api/json/queues/destinations/list/': fixture('destinations-list-123.json'),
    };
    const { client, seen } = await serve((req, res) => {
      res.end(bodies[(req.url ?? '').split('?')[0] ?? ''] ?? '{}');
    });
    expect(await client.destinationStatistics(123, 1768244400, 1768300100, context)).toHaveLength(
      3,
    );
    expect(await client.activeCalls(123, context)).toHaveLength(3);
    expect(await client.queueDestinations(123, context)).toHaveLength(3);
    expect(seen.map((req) => cgiParams(req.url ?? ''))).toEqual([
      {
        auth_username: 'wallboard',
        auth_password: password,
        queue: '123',
        start: '1768244400',
        end: '1768300100',
      },
      { auth_username: 'wallboard', auth_password: password, queue: '123', answered: '0' },
      { auth_username: 'wallboard', auth_password: password, queue: '123' },
    ]);
    expect(seen.map((req) => req.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('checks the body code even when HTTP says 200', async () => {
    const { client } = await serve(reply(200, fixture('error-401.json')));
    const error = await failure(client.activeCalls(123, context));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'enswitch queues/active/list: authentication failed (The authentication details provided are invalid.)',
    );
  });

  it('reads the same errors when HTTP mirrors the code (D8)', async () => {
    const { client } = await serve(reply(401, fixture('error-401.json')));
    const error = await failure(client.activeCalls(123, context));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'enswitch queues/active/list: authentication failed (The authentication details provided are invalid.)',
    );
  });

  it('says which queue was not found, with or without a mirrored 404', async () => {
    for (const status of [200, 404]) {
      const { client, seen } = await serve(reply(status, fixture('error-404.json')));
      const error = await failure(client.queueDestinations(999, context));
      expect(error.kind).toBe('http');
      expect(error.message).toContain('enswitch queues/destinations/list: ');
      expect(error.message).toContain('queue 999 not found or not permitted');
      expect(seen).toHaveLength(1);
    }
  });

  it('names the bad parameter of a 400 from its key', async () => {
    const { client } = await serve(reply(200, fixture('error-400.json')));
    const error = await failure(client.destinationStatistics(123, 0, 1, context));
    expect(error.message).toBe(
      'enswitch queues/destinations/statistics/get: invalid parameter "start" (Invalid input parameters specified.)',
    );
    const mirrored = await serve(reply(400, fixture('error-400.json')));
    const again = await failure(mirrored.client.destinationStatistics(123, 0, 1, context));
    expect(again.message).toBe(
      'enswitch queues/destinations/statistics/get: HTTP 400 (invalid parameter "start": Invalid input parameters specified.)',
    );
  });

  it('treats "your role does not allow this" (402) as a permission error either way', async () => {
    const body = JSON.stringify({
      responses: [{ code: '402', key: '', message: 'Your role does not allow this.' }],
    });
    for (const status of [200, 402]) {
      const { client } = await serve(reply(status, body));
      expect((await failure(client.activeCalls(123, context))).kind).toBe('auth');
    }
  });

  it('masks a vendor message that echoes the password', async () => {
    const body = JSON.stringify({
      responses: [
        {
          code: '500',
          key: '',
          message: `bad query auth_password=${encodeURIComponent(password)} for ${password}`,
        },
      ],
    });
    const { client } = await serve(reply(200, body));
    const error = await failure(client.activeCalls(123, context));
    expect(error.message).toBe('enswitch queues/active/list: code 500 (bad query *** for ***)');
  });

  it('accepts a numeric code, a missing data and a 204-style answer', async () => {
    const answers = [
      '{"responses":[{"code":200,"key":"","message":"OK"}],"data":[]}',
      '{"responses":[{"key":"","code":"204","message":"OK"}]}',
    ];
    const { client } = await serve((_req, res) => res.end(answers.shift() ?? ''));
    expect(await client.activeCalls(123, context)).toEqual([]);
    expect(await client.activeCalls(123, context)).toEqual([]);
  });

  it('refuses an HTML page, an answer without responses and bad rows', async () => {
    const answers = [
      '<html><body>Enswitch login</body></html>',
      '{"data":[]}',
      '{"responses":[{"code":"200"}],"data":[{"calls":1}]}',
    ];
    const { client } = await serve((_req, res) => res.end(answers.shift() ?? ''));
    expect((await failure(client.activeCalls(123, context))).kind).toBe('parse');
    expect((await failure(client.activeCalls(123, context))).kind).toBe('schema');
    const rows = await failure(client.destinationStatistics(123, 0, 1, context));
    expect(rows.kind).toBe('schema');
    expect(rows.message).toMatch(
      /^enswitch queues\/destinations\/statistics\/get: unexpected answer shape \(0\.dtype/,
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  closeServers,
  reply,
  serve as serveHttp,
  type TestHandler,
} from '@/lib/testing/test-http-server';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import {
  buildAsternicUrl,
  createAsternicClient,
  dropUnknownQueueEntries,
  parseRealtimeText,
} from './client';
import { readFixture } from '@/lib/testing/fixtures';

afterEach(closeServers);

const password = 's3cr3t-pass';
const context = { timeoutMs: 1000 };

function fixture(name: string): string {
  return readFixture('asternic', name);
}

/** Serves one handler and the client pointed at it; `seen` records every request. */
async function serve(handler: TestHandler) {
  const { root, seen } = await serveHttp(handler);
  const client = createAsternicClient({
    baseUrl: `${root}/asternic/stats/`,
    username: 'wallboard',
    password,
  });
  return { client, seen };
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error('expected an UpstreamError');
  expect(error.message).not.toContain(password);
  expect(error.message).not.toContain('127.0.0.1');
  return error;
}

describe('buildAsternicUrl', () => {
  it('puts the entity first and keeps the report path readable', () => {
    const url = buildAsternicUrl('http://pbx/stats/', 'reports/answered_calls_by_queue', {
      start: '2016-08-01',
      end: '2016-08-10',
    });
    expect(url.href).toBe(
      'http://pbx/stats/rest/index.php?entity=reports/answered_calls_by_queue&start=2016-08-01&end=2016-08-10',
    );
  });
});

describe('asternic client', () => {
  it('sends Basic auth to entity=realtime and validates the answer', async () => {
    const { client, seen } = await serve(reply(200, fixture('realtime-agents.json')));
    const { body, quirks } = await client.realtime(context);
    expect(quirks).toEqual([]);
    expect(Object.keys(body.summary.queue)).toEqual(['100', '200']);
    const [request] = seen;
    expect(request?.url).toBe('/asternic/stats/rest/index.php?entity=realtime');
    const basic = Buffer.from(`wallboard:${password}`).toString('base64');
    expect(request?.headers.authorization).toBe(`Basic ${basic}`);
    expect(request?.headers.accept).toBe('application/json');
  });

  it('recovers the vendor example and reports the quirk', async () => {
    const { client } = await serve(reply(200, fixture('realtime-vendor-malformed.txt')));
    const { body, quirks } = await client.realtime(context);
    expect(quirks).toEqual(['glued-objects']);
    expect(Object.keys(body.summary.queue)).toHaveLength(7);
    expect(body.agents).toBeDefined();
  });

  it('reads trailing commas through JSON5', async () => {
    const { client } = await serve(
      reply(
        200,
        '{"waiting calls": {"7": [],}, "summary": {"queue": {"7": {"Waiting": "0",},},},}',
      ),
    );
    const { quirks } = await client.realtime(context);
    expect(quirks).toEqual(['lenient-json']);
  });

  it('turns a 401 with a non-JSON body into an auth error', async () => {
    const { client, seen } = await serve(reply(401, 'Unauthorized', 'text/plain'));
    const error = await failure(client.realtime(context));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('asternic realtime: authentication failed');
    expect(seen).toHaveLength(1);
  });

  it('refuses an HTML page served with 200', async () => {
    const { client } = await serve(reply(200, '<html><body>Login</body></html>', 'text/html'));
    const error = await failure(client.realtime(context));
    expect(error.kind).toBe('parse');
    expect(error.message).toBe('asternic realtime: the answer is not valid JSON (an HTML page)');
    expect((await failure(client.queues(context))).kind).toBe('parse');
  });

  it('refuses a cut-off answer rather than returning part of it', async () => {
    const cut = fixture('realtime-agents.json').slice(0, 400);
    const { client } = await serve(reply(200, cut));
    expect((await failure(client.realtime(context))).kind).toBe('parse');
  });

  it('refuses a realtime answer without its waiting calls', async () => {
    const { client } = await serve(reply(200, '{"summary": {"queue": {}}, "agents": []}'));
    const error = await failure(client.realtime(context));
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/waiting calls/);
  });

  it('reports a schema mismatch', async () => {
    const { client } = await serve(
      reply(200, '{"waiting calls": [], "summary": {"queue": "none"}}'),
    );
    const error = await failure(client.realtime(context));
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/^asternic realtime: unexpected answer shape \(summary\.queue/);
  });

  it('times out a silent upstream', async () => {
    const { client } = await serve(() => undefined);
    const error = await failure(client.queues({ timeoutMs: 100 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('asternic queues: no answer within 100 ms');
  });

  it('fetches lists and reports with their parameters', async () => {
    const bodies: Record<string, string> = {
      queues: fixture('queues.json'),
      agents: fixture('agents.json'),
      reports: fixture('reports.json'),
      'reports/answered_calls_by_queue': fixture('answered-calls-by-queue.json'),
    };
    const { client, seen } = await serve((req, res) => {
      const entity = new URL(req.url ?? '/', 'http://x').searchParams.get('entity') ?? '';
      res.end(bodies[entity] ?? '{}');
    });
    expect((await client.queues(context)).data).toHaveLength(10);
    expect((await client.agents(context)).data).toHaveLength(6);
    expect((await client.reports(context)).data).toHaveLength(7);
    const report = await client.report(
      'answered_calls_by_queue',
      { start: '2016-08-01', end: '2016-08-10', queue: undefined },
      context,
    );
    expect(report.rows).toHaveLength(6);
    expect(seen.at(-1)?.url).toBe(
      '/asternic/stats/rest/index.php?entity=reports/answered_calls_by_queue&start=2016-08-01&end=2016-08-10',
    );
    expect(() => client.report('../x', {}, context)).toThrow(/invalid report name/);
  });
});

describe('parseRealtimeText', () => {
  it('leaves strict JSON alone and never reads non-objects leniently', () => {
    expect(parseRealtimeText('t', '{"a":1}')).toEqual({ value: { a: 1 }, quirks: [] });
    expect(() => parseRealtimeText('t', "['a',]")).toThrow(UpstreamError);
    expect(() => parseRealtimeText('t', '')).toThrow(/empty body/);
  });

  it('also reads two objects glued at the top level with a stray brace', () => {
    const text = '{"summary": {"queue": {}}}, {"agents": {"1": {}},}}';
    expect(parseRealtimeText('t', text)).toEqual({
      value: { summary: { queue: {} }, agents: { '1': {} } },
      quirks: ['glued-objects'],
    });
  });
});

describe('schema drift in realtime', () => {
  it('drops scalar entries beside the queues and says so', () => {
    const drifted = {
      'waiting calls': { sales: [], extraField: 'unexpected' },
      agents: { sales: {}, extraField: 'unexpected' },
      summary: { queue: {} },
    };
    expect(dropUnknownQueueEntries(drifted)).toEqual({
      value: { 'waiting calls': { sales: [] }, agents: { sales: {} }, summary: { queue: {} } },
      dropped: true,
    });
    expect(dropUnknownQueueEntries({ 'waiting calls': [] }).dropped).toBe(false);
  });
});

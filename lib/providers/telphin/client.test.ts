import { afterEach, describe, expect, it } from 'vitest';
import { closeServers, send } from '@/lib/testing/test-http-server';
import {
  clientId,
  clientSecret,
  failure,
  fixture,
  start,
  statsRequests,
  tokenRequests,
} from '@/lib/testing/fake-telphin';

afterEach(closeServers);

describe('telphin client: OAuth2 client credentials', () => {
  it('gets a token with a form body, then asks calls/stats under /api/ver1.0/client/@me', async () => {
    const { seen, stats } = await start();
    const body = await stats();
    expect(body.in?.total).toBe(87);
    const [token, request] = seen;
    expect(token?.method).toBe('POST');
    expect(token?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(token?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(request?.path).toBe('/api/ver1.0/client/@me/calls/stats/');
    expect(request?.rawQuery).toBe(
      'start_datetime=2019-11-01%2000%3A00%3A00&end_datetime=2019-11-10%2023%3A59%3A59',
    );
    expect(request?.headers.authorization).toBe('Bearer token-1');
  });

  it('tolerates a baseUrl that already ends in /api/ver1.0, and a numeric account', async () => {
    const { seen, stats } = await start({}, '/api/ver1.0/', '12345');
    await stats();
    expect(seen.map((r) => r.path)).toEqual([
      '/oauth/token',
      '/api/ver1.0/client/12345/calls/stats/',
    ]);
  });

  it('shares one token between calls', async () => {
    const { seen, stats } = await start();
    await Promise.all([stats(), stats(), stats()]);
    expect(tokenRequests(seen)).toHaveLength(1);
  });

  it('renews the token shortly before expires_in runs out (D4)', async () => {
    let now = 1_000_000;
    const { fake, seen, stats } = await start({ now: () => now });
    fake.expiresIn = 120;
    await stats();
    now += 100_000; // 100 s of 120: still valid (renewal margin is 12 s)
    await stats();
    expect(tokenRequests(seen)).toHaveLength(1);
    now += 9_000; // 109 s: inside the margin
    await stats();
    expect(tokenRequests(seen)).toHaveLength(2);
    expect(statsRequests(seen).at(-1)?.headers.authorization).toBe('Bearer token-2');
  });

  it('keeps a token without expires_in until a 401, then renews it once (D4)', async () => {
    let now = 1_000_000;
    const { fake, seen, stats } = await start({ now: () => now });
    fake.expiresIn = undefined;
    await stats();
    now += 30 * 24 * 3600_000;
    await stats();
    expect(tokenRequests(seen)).toHaveLength(1);
    fake.valid.clear();
    const body = await stats();
    expect(body.out?.total).toBe(146);
    expect(seen.slice(-3).map((r) => r.path)).toEqual([
      '/api/ver1.0/client/@me/calls/stats/',
      '/oauth/token',
      '/api/ver1.0/client/@me/calls/stats/',
    ]);
  });

  it('fails as auth after one renewal when the new token is refused too', async () => {
    const { fake, seen, stats } = await start();
    fake.replies.push((res) => send(res, 401, '{"message":"Unauthorized"}'));
    fake.replies.push((res) => send(res, 401, '{"message":"Unauthorized"}'));
    const error = await failure(stats());
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('telphin calls stats: authentication failed (Unauthorized)');
    expect(tokenRequests(seen)).toHaveLength(2);
    expect(statsRequests(seen)).toHaveLength(2);
  });

  it('reports refused client credentials as auth, secrets blanked', async () => {
    const { fake, stats } = await start();
    fake.token = (res) =>
      send(res, 400, `{"error":"invalid_client","error_description":"Unknown client ${clientId}"}`);
    const error = await failure(stats());
    expect(error.kind).toBe('auth');
    expect(error.message).toBe(
      'telphin token: authentication failed (invalid_client: Unknown client ***)',
    );
    fake.token = (res) => send(res, 401, fixture('error-oauth-invalid-client.json'));
    expect((await failure(stats())).message).toBe(
      'telphin token: authentication failed (invalid_client: Client authentication failed)',
    );
  });

  it('reads the public-client token answer without expires_in', async () => {
    const { fake, seen, stats } = await start();
    fake.valid.add('123123');
    fake.token = (res) => send(res, 200, fixture('token-no-expiry.json'));
    await stats();
    expect(statsRequests(seen)[0]?.headers.authorization).toBe('Bearer 123123');
  });
});

describe('telphin client: errors', () => {
  it('reports the vendor {message} body', async () => {
    const { fake, stats } = await start();
    fake.replies.push((res) => send(res, 404, fixture('error-404.json')));
    const error = await failure(stats());
    expect(error.kind).toBe('http');
    expect(error.message).toBe('telphin calls stats: HTTP 404 (Record not found)');
  });

  it('refuses an HTML page', async () => {
    const { fake, stats } = await start();
    fake.replies.push((res) => send(res, 200, '<html>proxy</html>', 'text/html'));
    const error = await failure(stats());
    expect(error.kind).toBe('parse');
    expect(error.message).toBe('telphin calls stats: the answer is not valid JSON (an HTML page)');
  });
});

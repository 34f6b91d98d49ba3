import { expect, test } from '@playwright/test';
import { appUrl, e2e } from './env';

test.use({ storageState: { cookies: [], origins: [] } });

test('the live stream is neither compressed nor buffered, and starts with retry and data', async ({
  request,
}) => {
  const controller = new AbortController();
  const response = await fetch(`${appUrl}/api/v1/sources/hq/queues/live/stream`, {
    headers: { authorization: `Bearer ${e2e.apiToken}`, 'accept-encoding': 'gzip, br' },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  expect(response.headers.get('content-encoding')).toBeNull();
  expect(response.headers.get('cache-control')).toContain('no-transform');
  expect(response.headers.get('x-accel-buffering')).toBe('no');
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while (!text.includes('event: snapshot')) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    text += chunk.value;
  }
  controller.abort();
  expect(text).toMatch(/^retry: \d+\n\n/);
  expect(text).toMatch(/id: \d{13}\nevent: snapshot\ndata: \{"source":"hq"/);
  // Without credentials the stream is refused like every API route.
  expect((await request.get('/api/v1/sources/hq/queues/live/stream')).status()).toBe(401);
});

test('metrics are Prometheus text for an admin token, refused otherwise', async ({ request }) => {
  expect((await request.get('/api/metrics')).status()).toBe(401);
  const manager = await request.get('/api/metrics', {
    headers: { authorization: `Bearer ${e2e.apiToken}` },
  });
  expect(manager.status()).toBe(403);
  const response = await request.get('/api/metrics', {
    headers: { authorization: `Bearer ${e2e.adminToken}` },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const text = await response.text();
  expect(text).toMatch(/^callboard_upstream_requests_total\{source="hq",outcome="ok"\} \d+$/m);
  expect(text).toContain('callboard_upstream_request_duration_seconds_bucket');
  expect(text).toMatch(/^callboard_sse_clients\{source="hq"\} \d+$/m);
  expect(text).toMatch(/^callboard_seconds_stale\{source="hq"\} \d+/m);
  expect(text).toContain('callboard_process_cpu_seconds_total');
  expect(text).not.toContain(e2e.simPassword);
});

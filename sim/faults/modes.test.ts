import JSON5 from 'json5';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimControl, type SimControl } from '../control-client';
import { manualClock } from '../engine/clock';
import { localTimeMs } from '../engine/zoned-time';
import { startSimulator, type RunningSimulator } from '../server';
import { BASIC_AUTH, probe, waitFor } from './test-probe';
import { EXTRA_NESTED_KEY, EXTRA_TOP_KEY } from './transforms';

const NOW = localTimeMs('2025-11-18', 11 * 3600 + 7 * 60 + 13, 'Asia/Tashkent');
const REALTIME = '/asternic/stats/rest/index.php?entity=realtime';
const QUEUES = '/asternic/stats/rest/index.php?entity=queues';
let sim: RunningSimulator;
let control: SimControl;

const get = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${sim.url}${path}`, { headers: BASIC_AUTH, ...init });

async function normal(path: string): Promise<unknown> {
  const res = await get(path);
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock: manualClock(NOW) });
  control = createSimControl(sim.url);
});
afterEach(async () => {
  await control.clearFaults();
});
afterAll(async () => {
  await sim.close();
});

describe('hang and slow', () => {
  it('hang holds the request until the client gives up, then until the fault is cleared', async () => {
    await control.setFault('asternic', { mode: 'hang' });
    const started = performance.now();
    await expect(get(REALTIME, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    await waitFor(() => sim.faults.hung() === 0);

    const pending = probe(`${sim.url}${REALTIME}`, BASIC_AUTH);
    await waitFor(() => sim.faults.hung() === 1);
    expect((await control.listFaults()).hung).toBe(1);
    await control.clearFaults('asternic');
    const seen = await pending;
    expect(seen.status).toBeUndefined();
    expect(seen.error?.code).toMatch(/ECONNRESET|EPIPE/);
    expect(sim.faults.hung()).toBe(0);
    expect((await get(REALTIME)).status).toBe(200);
  });

  it('slow answers normally after delayMs', async () => {
    const expected = await normal(REALTIME);
    await control.setFault('asternic', { mode: 'slow', delayMs: 300 });
    const started = performance.now();
    const res = await get(REALTIME);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(expected);
  });
});

describe('status faults', () => {
  it.each([500, 502, 503])('http-%i answers that status with an Apache error page', async (n) => {
    await control.setFault('asternic', { mode: `http-${n}` as 'http-500' });
    const res = await get(REALTIME);
    expect(res.status).toBe(n);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const text = await res.text();
    expect(text).toContain(`<title>${n} `);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('expired-token answers the Basic 401 even to good credentials', async () => {
    await control.setFault('asternic', { mode: 'expired-token' });
    const res = await get(REALTIME);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="Asternic Call Center Stats"');
    expect(res.headers.get('content-type')).not.toMatch(/json/);
    const text = await res.text();
    expect(text).toContain('401 Unauthorized');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('rate-limit answers 429 with Retry-After and X-RateLimit-* headers', async () => {
    await control.setFault('asternic', { mode: 'rate-limit', retryAfterSeconds: 7 });
    const before = Math.floor(Date.now() / 1000);
    const res = await get(REALTIME);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('x-ratelimit-limit')).toBe('60');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(before + 7);
    expect(reset).toBeLessThanOrEqual(before + 9);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ message: 'Too Many Requests' });

    await control.setFault('asternic', { mode: 'rate-limit' });
    expect((await get(REALTIME)).headers.get('retry-after')).toBe('30');
  });

  it('html answers 200 text/html instead of JSON', async () => {
    await control.setFault('asternic', { mode: 'html' });
    const res = await get(REALTIME);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const text = await res.text();
    expect(text).toMatch(/^<!DOCTYPE html>/);
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('connection faults', () => {
  it('reset drops the connection without an answer', async () => {
    await control.setFault('asternic', { mode: 'reset' });
    const seen = await probe(`${sim.url}${REALTIME}`, BASIC_AUTH);
    expect(seen.status).toBeUndefined();
    expect(seen.error?.code).toBe('ECONNRESET');
    await expect(get(REALTIME)).rejects.toThrow();
  });

  it('truncated sends the full Content-Length but only half the body', async () => {
    const full = JSON.stringify(await normal(REALTIME));
    await control.setFault('asternic', { mode: 'truncated' });
    const seen = await probe(`${sim.url}${REALTIME}`, BASIC_AUTH);
    expect(seen.status).toBe(200);
    expect(Number(seen.headers?.['content-length'])).toBe(Buffer.byteLength(full));
    expect(seen.complete).toBe(false);
    expect(seen.body.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(seen.body)).toBeLessThan(Buffer.byteLength(full));
    expect(full.startsWith(seen.body)).toBe(true);

    const res = await get(REALTIME);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });
});

describe('body faults', () => {
  it('malformed-json answers 200 with a body that is not JSON', async () => {
    await control.setFault('asternic', { mode: 'malformed-json' });
    const res = await get(REALTIME);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(text).toMatch(/^\{"waiting calls"/);
    expect(() => JSON.parse(text)).toThrow();
    expect(() => JSON5.parse(text)).toThrow();
  });

  it('trailing-comma fails JSON.parse but JSON5 reads the real answer', async () => {
    const expected = await normal(REALTIME);
    await control.setFault('asternic', { mode: 'trailing-comma' });
    const text = await (await get(REALTIME)).text();
    expect(text).toMatch(/,[}\]]/);
    expect(() => JSON.parse(text)).toThrow();
    expect(JSON5.parse(text)).toEqual(expected);
  });

  it('schema-missing drops realtime maps, or the first key elsewhere', async () => {
    await control.setFault('asternic', { mode: 'schema-missing' });
    const realtime = (await normal(REALTIME)) as Record<string, unknown>;
    expect(Object.keys(realtime)).toEqual(['summary']);
    const queues = (await normal(QUEUES)) as Record<string, unknown>;
    expect(Object.keys(queues)).toEqual([]);
  });

  it('schema-extra adds unknown fields at the top level and one level down', async () => {
    const expected = (await normal(REALTIME)) as Record<string, Record<string, unknown>>;
    await control.setFault('asternic', { mode: 'schema-extra' });
    const realtime = (await normal(REALTIME)) as Record<string, Record<string, unknown>>;
    expect(Object.keys(realtime)).toEqual([...Object.keys(expected), EXTRA_TOP_KEY]);
    expect(Object.keys(realtime.summary ?? {})).toEqual(['queue', EXTRA_NESTED_KEY]);
    const queues = (await normal(QUEUES)) as { data: Record<string, string>[] };
    expect(queues.data.every((row) => row[EXTRA_NESTED_KEY] === 'unexpected')).toBe(true);
  });
});

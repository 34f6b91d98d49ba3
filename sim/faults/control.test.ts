import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimControl, FAULT_MODES, SimControlError, type SimControl } from '../control-client';
import { manualClock } from '../engine/clock';
import { localTimeMs } from '../engine/zoned-time';
import { startSimulator, type RunningSimulator } from '../server';
import { BASIC_AUTH, probe, waitFor } from './test-probe';

const NOW = localTimeMs('2025-11-18', 11 * 3600 + 7 * 60 + 13, 'Asia/Tashkent');
const INDEX = '/asternic/stats/rest/index.php';
let sim: RunningSimulator;
let control: SimControl;

const status = async (query: string, headers: Record<string, string> = BASIC_AUTH) =>
  (await fetch(`${sim.url}${INDEX}?${query}`, { headers })).status;

const put = (api: string, body: string) =>
  fetch(`${sim.url}/_sim/faults/${api}`, { method: 'PUT', body });

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock: manualClock(NOW) });
  control = createSimControl(sim.url);
});
afterEach(() => sim.faults.clear());
afterAll(async () => {
  await sim.close();
});

describe('fault control', () => {
  it('sets, lists, replaces and clears faults, filling mode defaults', async () => {
    expect(await control.setFault('asternic', { mode: 'slow' })).toEqual({
      api: 'asternic',
      mode: 'slow',
      delayMs: 3000,
    });
    await control.setFault('asternic', { mode: 'http-503', paths: ['entity=realtime'] });
    await control.setFault('*', { mode: 'rate-limit', count: 2 });
    expect(await control.listFaults()).toEqual({
      faults: [
        { api: 'asternic', mode: 'http-503', paths: ['entity=realtime'] },
        { api: '*', mode: 'rate-limit', retryAfterSeconds: 30, count: 2 },
      ],
      hung: 0,
    });
    await control.clearFaults('asternic');
    expect(sim.faults.list()).toEqual([
      { api: '*', mode: 'rate-limit', retryAfterSeconds: 30, count: 2 },
    ]);
    await control.clearFaults();
    expect((await control.listFaults()).faults).toEqual([]);
  });

  it('count expires the fault; clearing restores normal answers', async () => {
    await control.setFault('asternic', { mode: 'http-503', count: 2 });
    expect(await status('entity=realtime')).toBe(503);
    expect((await control.listFaults()).faults[0]?.count).toBe(1);
    expect(await status('entity=realtime')).toBe(503);
    expect(await status('entity=realtime')).toBe(200);
    expect(sim.faults.list()).toEqual([]);

    sim.faults.set('asternic', { mode: 'http-500' });
    expect(await status('entity=queues')).toBe(500);
    sim.faults.clear('asternic');
    expect(await status('entity=queues')).toBe(200);
  });

  it('paths limits a fault to matching requests; an API fault wins over *', async () => {
    await control.setFault('asternic', { mode: 'http-502', paths: ['entity=realtime'] });
    expect(await status('entity=queues')).toBe(200);
    expect(await status('entity=realtime')).toBe(502);
    await control.setFault('*', { mode: 'rate-limit' });
    expect(await status('entity=queues')).toBe(429);
    expect(await status('entity=realtime')).toBe(502);
    await control.clearFaults('asternic');
    expect(await status('entity=realtime')).toBe(429);
    expect((await fetch(`${sim.url}/_sim/health`)).status).toBe(200);
  });

  it('rejects bad input with a 400 naming the field and the allowed values', async () => {
    const cases: [string, string, string][] = [
      ['asternic', '{not json', 'body'],
      ['asternic', '[1]', 'body'],
      ['asternic', '{}', 'mode'],
      ['asternic', '{"mode":"explode"}', 'mode'],
      ['asternic', '{"mode":"slow","delayMs":-1}', 'delayMs'],
      ['asternic', '{"mode":"slow","delayMs":"5"}', 'delayMs'],
      ['asternic', '{"mode":"rate-limit","retryAfterSeconds":1.5}', 'retryAfterSeconds'],
      ['asternic', '{"mode":"hang","paths":[]}', 'paths'],
      ['asternic', '{"mode":"hang","paths":[1]}', 'paths'],
      ['asternic', '{"mode":"hang","count":0}', 'count'],
      ['asternic', '{"mode":"hang","colour":"red"}', 'colour'],
      ['nope', '{"mode":"hang"}', 'api'],
    ];
    for (const [api, body, field] of cases) {
      const res = await put(api, body);
      expect(res.status, body).toBe(400);
      const json = (await res.json()) as { error: string; field: string; allowed: string[] };
      expect(json.field, body).toBe(field);
      expect(json.allowed.length, body).toBeGreaterThan(0);
    }
    const bad = (await (await put('asternic', '{"mode":"x"}')).json()) as { allowed: string[] };
    expect(bad.allowed).toEqual([...FAULT_MODES]);
    const unknown = (await (await put('nope', '{"mode":"hang"}')).json()) as { allowed: string[] };
    expect(unknown.allowed).toEqual(
      expect.arrayContaining(['asternic', 'utel', 'telphin', 'telecomx', 'enswitch', '*']),
    );
    expect((await fetch(`${sim.url}/_sim/faults`, { method: 'POST' })).status).toBe(405);
    await expect(control.setFault('asternic', { mode: 'nope' as 'hang' })).rejects.toBeInstanceOf(
      SimControlError,
    );
    expect(() => sim.faults.set('asternik', { mode: 'hang' })).toThrow(/unknown api/);
    expect(sim.faults.list()).toEqual([]);
  });
});

describe('request counts', () => {
  it('counts per API and endpoint, faulted and 401 included, never credentials', async () => {
    await control.resetRequestCounts();
    const wrong = { authorization: `Basic ${btoa('wallboard:hunter2')}` };
    expect(await status('entity=realtime')).toBe(200);
    expect(await status('entity=realtime&queues=support', wrong)).toBe(401);
    expect(await status('entity=queues')).toBe(200);
    await status('entity=reports/answered_calls_detail&start=2025-11-17&password=hunter2&user=bob');
    sim.faults.set('asternic', { mode: 'http-503', count: 1 });
    expect(await status('entity=realtime')).toBe(503);
    await fetch(`${sim.url}/asternic/stats/other`, { headers: BASIC_AUTH });
    await fetch(`${sim.url}/_sim/health`);

    const counts = await control.requestCounts();
    expect(counts.total).toBe(6);
    expect(counts.byApi.asternic).toEqual({
      total: 6,
      byPath: {
        '/rest/index.php?entity=realtime': 3,
        '/rest/index.php?entity=queues': 1,
        '/rest/index.php?entity=reports/answered_calls_detail': 1,
        '/other': 1,
      },
    });
    expect(sim.requests()).toEqual(counts);
    const text = JSON.stringify(counts);
    for (const secret of ['hunter2', 'wallboard-demo', 'bob', '2025-11-17', 'support']) {
      expect(text).not.toContain(secret);
    }
    await control.resetRequestCounts();
    const reset = await control.requestCounts();
    expect(reset.total).toBe(0);
    expect(reset.byApi.asternic).toEqual({ total: 0, byPath: {} });
  });
});

describe('control token and shutdown', () => {
  it('requires the bearer token when one is configured', async () => {
    const guarded = await startSimulator({ port: 0, clock: manualClock(NOW), controlToken: 's3' });
    try {
      expect((await fetch(`${guarded.url}/_sim/faults`)).status).toBe(401);
      const wrong = createSimControl(guarded.url, { token: 'nope' });
      await expect(wrong.requestCounts()).rejects.toMatchObject({ status: 401 });
      const right = createSimControl(guarded.url, { token: 's3' });
      await right.setFault('asternic', { mode: 'http-500' });
      expect((await right.listFaults()).faults).toHaveLength(1);
      expect((await fetch(`${guarded.url}/_sim/health`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('close() returns promptly and ends hung and slow requests', async () => {
    const other = await startSimulator({ port: 0, clock: manualClock(NOW) });
    other.faults.set('asternic', { mode: 'hang', paths: ['entity=realtime'] });
    other.faults.set('*', { mode: 'slow', delayMs: 600_000 });
    const url = `${other.url}${INDEX}?entity=`;
    const pending = [
      probe(`${url}realtime`, BASIC_AUTH),
      probe(`${url}realtime`, BASIC_AUTH),
      probe(`${url}queues`, BASIC_AUTH),
    ];
    await waitFor(() => other.faults.hung() === 2 && other.requests().total === 3);
    const started = performance.now();
    await other.close();
    expect(performance.now() - started).toBeLessThan(1000);
    const seen = await Promise.all(pending);
    expect(seen.every((s) => s.status === undefined && s.error !== undefined)).toBe(true);
    expect(other.faults.hung()).toBe(0);
  });
});

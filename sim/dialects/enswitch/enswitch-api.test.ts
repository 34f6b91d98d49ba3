import { describe, expect, it } from 'vitest';
import { parseCli } from '../../cli';
import { AUTH, NOW, QUEUE_IDS, RECENT, sec, startEnswitchHarness } from './test-kit';

const h = startEnswitchHarness();
const { api, data, clock } = h;

describe('enswitch auth and envelope', () => {
  it('takes credentials with ; or & separators, in the query or a POST form', async () => {
    const q = 'queues/statistics/get';
    expect((await api(q, `${AUTH};queue=123;${RECENT}`)).status).toBe(200);
    expect(
      (await api(q, `auth_username=callboard&auth_password=enswitch-demo&queue=123&${RECENT}`))
        .status,
    ).toBe(200);
    const res = await fetch(`${h.sim.url}/enswitch/api/json/${q}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `auth_username=callboard&auth_password=enswitch-demo&queue=123&${RECENT}`,
    });
    expect(res.status).toBe(200);
  });

  it('answers bad credentials, unknown functions and bad methods', async () => {
    for (const query of ['queue=123', 'auth_username=callboard;auth_password=x;queue=123']) {
      const { status, body } = await api('queues/statistics/get', query);
      expect(status).toBe(401);
      expect(body).toEqual({
        responses: [
          { code: '401', key: '', message: 'The authentication details provided are invalid.' },
        ],
      });
    }
    const unknown = await api('queues/nothing/get', AUTH);
    expect(unknown.status).toBe(404);
    expect(unknown.body.responses[0]?.code).toBe('404');
    const put = await fetch(`${h.sim.url}/enswitch/api/json/queues/statistics/get/?${AUTH}`, {
      method: 'PUT',
    });
    expect(put.status).toBe(405);
  });

  it('rejects invalid input with 400 naming the parameter, and missing queues with 404', async () => {
    const cases: [string, string, number, string][] = [
      ['queues/destinations/statistics/get', 'queue=123;destination=12301', 400, 'queue'],
      ['queues/destinations/statistics/get', 'start=1', 400, 'destination'],
      ['queues/destinations/statistics/get', 'queue=123;start=yesterday', 400, 'start'],
      ['queues/destinations/statistics/get', 'queue=123;end=1.5', 400, 'end'],
      ['queues/destinations/statistics/get', 'destination=99999', 404, 'destination'],
      ['queues/destinations/statistics/get', 'queue=999', 404, 'queue'],
      ['queues/statistics/get', '', 400, 'queue'],
      ['queues/statistics/get', 'id=123', 400, 'queue'],
      ['queues/statistics/get', 'queue=5', 404, 'queue'],
      ['queues/active/list', 'answered=2', 400, 'answered'],
      ['queues/active/list', 'sort=agent', 400, 'sort'],
      ['queues/active/list', 'customer=7', 400, 'customer'],
      ['queues/active/list', 'queue=1', 404, 'queue'],
      // Parameters are checked before lookups: a bad value is a 400 even for an unknown queue.
      ['queues/statistics/get', 'queue=999;start=abc', 400, 'start'],
      ['queues/active/list', 'queue=999;sort=bad', 400, 'sort'],
      ['queues/active/list', 'queue=999;answered=2', 400, 'answered'],
      ['queues/destinations/list', '', 400, 'queue'],
      ['queues/destinations/list', 'queue=123;dtype=phone;dnumber=101', 400, 'queue'],
      ['queues/destinations/list', 'dtype=phone', 400, 'dnumber'],
    ];
    for (const [fn, query, status, key] of cases) {
      const res = await api(fn, `${AUTH};${query}`);
      expect(res.status, `${fn}?${query}`).toBe(status);
      expect(res.body.responses[0]).toMatchObject({ code: String(status), key });
      expect(res.body.data).toBeUndefined();
    }
  });
});

describe('enswitch queue lists', () => {
  it('lists members with id, availability and priority', async () => {
    const rows = await data<Record<string, unknown>[]>('queues/destinations/list', 'queue=124');
    const live = h.sim.engine.liveState(NOW).agents;
    const sales = h.sim.engine.agents.filter((a) => a.queues.some((m) => m.queue === 'sales'));
    expect(rows).toEqual(
      sales.map((a, i) => ({
        id: 12401 + i,
        queue: 124,
        dtype: 'phone',
        dnumber: a.extension,
        available: live.find((l) => l.agentId === a.id)?.status === 'loggedOff' ? 0 : 1,
        priority: (a.queues.find((m) => m.queue === 'sales')?.penalty ?? 0) + 1,
      })),
    );
    const byPhone = await data<{ queue: number }[]>(
      'queues/destinations/list',
      'dtype=phone;dnumber=119',
    );
    expect(byPhone.map((r) => r.queue)).toEqual([123, 124, 127]);
  });

  it('lists waiting calls, and answered ones with answered=1, sorted as asked', async () => {
    let at = NOW;
    let live = h.sim.engine.liveState(at).waiting;
    while (live.length < 2) {
      at += 60_000;
      live = h.sim.engine.liveState(at).waiting;
    }
    clock.set(at);
    const waiting = await data<Record<string, unknown>[]>('queues/active/list', '');
    expect(waiting.map((r) => r.uniqueid)).toEqual(live.map((w) => w.uniqueid));
    expect(waiting[0]).toMatchObject({
      start: sec(live[0]?.enterMs ?? 0),
      queue: QUEUE_IDS[live[0]?.queue ?? ''],
      queue_name: live[0]?.queue,
      callerid: live[0]?.callerNumber,
      answered: 0,
    });
    const desc = await data<{ uniqueid: string }[]>('queues/active/list', 'descending=1');
    expect(desc.map((r) => r.uniqueid)).toEqual(live.map((w) => w.uniqueid).reverse());
    const withAnswered = await data<{ answered: number; dnumber: string }[]>(
      'queues/active/list',
      'answered=1;sort=queue_name',
    );
    const talking = h.sim.engine
      .day('2025-11-18')
      .calls.filter(
        (c) => c.queue !== null && c.connectMs !== null && c.connectMs <= at && c.endMs > at,
      );
    expect(withAnswered).toHaveLength(live.length + talking.length);
    expect(withAnswered.filter((r) => r.answered === 1).every((r) => r.dnumber !== '')).toBe(true);
    const names = withAnswered.map((r) => (r as unknown as { queue_name: string }).queue_name);
    expect(names).toEqual([...names].sort());
    const support = await data<{ queue: number }[]>('queues/active/list', 'queue=123;answered=1');
    expect(support.every((r) => r.queue === 123)).toBe(true);
    clock.set(NOW);
  });
});

describe('enswitch faults and plumbing', () => {
  it('never counts credentials, drops data on schema-missing, and 401s like Enswitch', async () => {
    h.sim.resetRequests();
    await api(
      'queues/statistics/get',
      `auth_username=secret-user;auth_password=secret-pass;queue=123;${RECENT}`,
    );
    const counts = h.sim.requests().byApi.enswitch;
    expect(JSON.stringify(counts)).not.toContain('secret');
    expect(counts?.byPath).toEqual({ '/api/json/queues/statistics/get/': 1 });
    h.sim.faults.set('enswitch', { mode: 'schema-missing', count: 1 });
    const missing = await api('queues/statistics/get', `${AUTH};queue=123;${RECENT}`);
    expect(missing.body).toEqual({ responses: [{ code: '200', key: '', message: 'OK' }] });
    h.sim.faults.set('enswitch', { mode: 'expired-token', count: 1 });
    const expired = await api('queues/statistics/get', `${AUTH};queue=123;${RECENT}`);
    expect(expired.status).toBe(401);
    expect(expired.body.responses[0]?.code).toBe('401');
  });

  it('reads credentials from the environment', () => {
    const env = { SIM_ENSWITCH_USER: 'u', SIM_ENSWITCH_PASSWORD: 'p' };
    expect(parseCli([], env).enswitch).toEqual({ username: 'u', password: 'p' });
  });
});

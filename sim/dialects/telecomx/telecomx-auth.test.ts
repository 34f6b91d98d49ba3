import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../cli';
import { manualClock } from '../../engine/clock';
import { localTimeMs } from '../../engine/zoned-time';
import { startSimulator, type RunningSimulator } from '../../server';
import { TELECOMX_CUSTOMER_ID, TELECOMX_SERVICE_EMPLOYEE_ID } from './directory';

const NOW = localTimeMs('2025-11-18', 11 * 3600, 'Asia/Tashkent');
const clock = manualClock(NOW);
const PRESET = 'preset-machine-token-0123456789';
const USER = { username: 'wallboard@callboard.example', password: 'telecomx-demo' };
let sim: RunningSimulator;
let base: string;

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function call(path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${base}${path}`, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const post = (path: string, body: unknown, token?: string): Promise<Answer> =>
  call(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });

async function login(extra: Record<string, unknown> = {}): Promise<string> {
  const { status, body } = await post('/auth/login', { ...USER, ...extra });
  expect(status).toBe(200);
  return String(body.token);
}

const stats = (token: string): Promise<Answer> => post('/pbx/cdrstats', {}, token);
const errorOf = (a: Answer): unknown => a.body.error;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock, telecomx: { machineToken: PRESET } });
  base = `${sim.url}/telecomx`;
});
afterAll(async () => {
  await sim.close();
});

describe('telecomx login', () => {
  it('answers POST and GET logins with a 15-minute token', async () => {
    const a = await post('/auth/login', USER);
    expect(a.status).toBe(200);
    expect(a.body).toEqual({
      token: expect.stringMatching(/^\S{20,}$/),
      expiresInMinutes: 15,
      employee: TELECOMX_SERVICE_EMPLOYEE_ID,
      customer: TELECOMX_CUSTOMER_ID,
      accessLevel: 'MANAGER',
    });
    const q = new URLSearchParams({ ...USER, persist: 'true' });
    const g = await call(`/auth/login?${q.toString()}`);
    expect(g.status).toBe(200);
    expect(g.body.expiresInMinutes).toBe(-1);
  });

  it('rejects wrong and missing credentials', async () => {
    const wrong = await post('/auth/login', { ...USER, password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong)).toEqual({
      message: 'Invalid username or password',
      code: 'credentials_invalid',
      status: 401,
    });
    const missing = await post('/auth/login', { username: USER.username });
    expect(missing.status).toBe(400);
    expect(errorOf(missing)).toMatchObject({ code: 'password', status: 400 });
    const bad = await call('/auth/login', { method: 'POST', body: '{nope' });
    expect(errorOf(bad)).toMatchObject({ code: 'bad_request', status: 400 });
  });
});

describe('telecomx bearer tokens', () => {
  it('distinguishes a missing, malformed and unknown Authorization header', async () => {
    const none = await post('/pbx/cdrstats', {});
    expect(none.status).toBe(401);
    expect(errorOf(none)).toEqual({ message: 'Please login', code: 'invalid_token', status: 401 });
    for (const header of ['Token abc', 'Bearer', 'Basic dXNlcjpwYXNz']) {
      const res = await call('/pbx/cdrstats', {
        method: 'POST',
        headers: { authorization: header },
      });
      expect(res.status).toBe(401);
      expect(errorOf(res)).toEqual({
        message: 'Authorization header format is Authorization: Bearer <token>',
        code: 'format_error',
        status: 401,
      });
    }
    expect(errorOf(await stats('not-a-token'))).toMatchObject({ code: 'invalid_token' });
  });

  it('expires login tokens 15 minutes after their last use (sliding)', async () => {
    clock.set(NOW);
    const token = await login();
    const persistent = await login({ persist: true });
    for (let i = 0; i < 3; i++) {
      clock.advance(14 * 60_000);
      expect((await stats(token)).status).toBe(200);
    }
    clock.advance(15 * 60_000);
    const expired = await stats(token);
    expect(expired.status).toBe(401);
    expect(errorOf(expired)).toEqual({
      message: 'Session has expired, please login',
      code: 'expired',
      status: 401,
    });
    expect((await stats(persistent)).status).toBe(200);
    clock.set(NOW);
  });

  it('issues, keeps and revokes machine tokens; logout ends only login tokens', async () => {
    const token = await login();
    const made = await post(`/employee/${TELECOMX_SERVICE_EMPLOYEE_ID}/token`, {}, token);
    expect(made.status).toBe(200);
    expect(made.body).toEqual({ success: true, token: expect.any(String) });
    const machine = String(made.body.token);
    const other = await post('/employee/5450f1834b75ff21032563a1/token', {}, token);
    expect(other.status).toBe(403);
    expect(errorOf(other)).toMatchObject({ code: 'access_denied' });

    const logout = await call('/auth/logout', { headers: { authorization: `Bearer ${token}` } });
    expect(logout.body).toEqual({ success: true });
    expect(errorOf(await stats(token))).toMatchObject({ code: 'invalid_token' });
    clock.advance(30 * 86_400_000);
    expect((await stats(machine)).status).toBe(200);
    expect((await stats(PRESET)).status).toBe(200);
    clock.set(NOW);

    const path = `/employee/${TELECOMX_SERVICE_EMPLOYEE_ID}/token/${machine}`;
    const revoke = (): Promise<Answer> =>
      call(path, { method: 'DELETE', headers: { authorization: `Bearer ${PRESET}` } });
    expect((await revoke()).body).toEqual({ success: true });
    expect((await revoke()).status).toBe(404);
    expect((await stats(machine)).status).toBe(401);
  });

  it('answers unknown routes and methods with a JSON 404', async () => {
    const res = await call('/pbx/cdrstats', { headers: { authorization: `Bearer ${PRESET}` } });
    expect(res.status).toBe(404);
    expect(errorOf(res)).toEqual({ message: 'Not found', code: 'not_found', status: 404 });
  });
});

describe('telecomx faults and plumbing', () => {
  it('counts paths only and uses the expired-session 401 for expired-token', async () => {
    sim.resetRequests();
    await call(`/auth/login?username=secret-user&password=secret-pass`);
    await post(`/employee/${TELECOMX_SERVICE_EMPLOYEE_ID}/token/${PRESET}`, {}, PRESET);
    const counts = JSON.stringify(sim.requests().byApi.telecomx);
    expect(counts).not.toMatch(/secret|preset/);
    expect(counts).toContain('/employee/{id}/token/{token}');

    sim.faults.set('telecomx', { mode: 'expired-token', count: 1 });
    const res = await stats(PRESET);
    expect(res.status).toBe(401);
    expect(errorOf(res)).toMatchObject({ code: 'expired' });
    sim.faults.set('telecomx', { mode: 'schema-missing', count: 1 });
    const rows = (await call('/pbx/cdrstats', {
      method: 'POST',
      headers: { authorization: `Bearer ${PRESET}` },
    })) as unknown as { body: Record<string, unknown>[] };
    expect(rows.body.length).toBe(24);
    expect(rows.body.every((r) => !('data' in r) && 'employeeId' in r)).toBe(true);
  });

  it('reads credentials and the preset machine token from the environment', () => {
    const env = { SIM_TELECOMX_USER: 'u@x', SIM_TELECOMX_PASSWORD: 'p', SIM_TELECOMX_TOKEN: 't' };
    expect(parseCli([], env).telecomx).toEqual({
      username: 'u@x',
      password: 'p',
      machineToken: 't',
    });
  });
});

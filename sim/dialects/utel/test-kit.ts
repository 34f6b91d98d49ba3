import type { ManualClock } from '../../engine/clock';
import { localTimeMs } from '../../engine/zoned-time';
import type { RunningSimulator, SimulatorOptions } from '../../server';
import { call, startTestSimulator, type Answer } from '../../testing/harness';

export const TZ = 'Asia/Tashkent';
/** 2026-02-01 10:30 local: yesterday ends a month, so ranges cross midnight and a month boundary. */
export const NOW = localTimeMs('2026-02-01', 10 * 3600 + 30 * 60, TZ);
export const JSON_HEADERS = { accept: 'application/json', 'content-type': 'application/json' };
export const EMAIL = 'wallboard@callboard.demo';
export const PASSWORD = 'utel-demo-password';

export interface UtelTestSim {
  sim: RunningSimulator;
  clock: ManualClock;
  base: string;
  token: string;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
}

export async function login(base: string, email = EMAIL, password = PASSWORD): Promise<Answer> {
  return call(`${base}/auth/login`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ email, password }),
  });
}

/** A simulator on a frozen clock with UTEL's throttle off (unless options say otherwise). */
export async function startUtel(options: SimulatorOptions = {}): Promise<UtelTestSim> {
  const { sim, clock } = await startTestSimulator(NOW, {
    utel: { rateLimitPerMinute: 0 },
    ...options,
  });
  const base = `${sim.url}/utel/api/v1`;
  const body = (await login(base)).body as { result: { access_token: string } };
  const token = body.result.access_token;
  const get = (path: string, headers: Record<string, string> = {}): Promise<Answer> =>
    call(`${base}${path}`, {
      headers: { ...JSON_HEADERS, authorization: `Bearer ${token}`, ...headers },
    });
  return { sim, clock, base, token, get };
}

/** Epoch ms of a local wall-clock time "yyyy-mm-dd" + seconds of day. */
export const at = (day: string, seconds = 0): number => localTimeMs(day, seconds, TZ);

import type { ManualClock } from '../../engine/clock';
import type { RunningSimulator, SimulatorOptions } from '../../server';
import { call, startTestSimulator, type Answer } from '../../testing/harness';

/** 2026-02-01 06:30 UTC (11:30 in Tashkent): ranges can cross local and UTC midnights and a month. */
export const NOW = Date.parse('2026-02-01T06:30:00Z');
export const CLIENT_ID = 'callboard-demo';
export const SECRET = 'telphin-demo-secret';
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

export interface TelphinTestSim {
  sim: RunningSimulator;
  clock: ManualClock;
  base: string;
  token(): Promise<string>;
  get(path: string, token?: string): Promise<Answer>;
}

export async function startTelphin(options: SimulatorOptions = {}): Promise<TelphinTestSim> {
  const { sim, clock } = await startTestSimulator(NOW, {
    ...options,
    telphin: { statsDelayMs: 0, ...options.telphin },
  });
  const base = `${sim.url}/telphin`;
  const token = async (): Promise<string> => {
    const body = `grant_type=client_credentials&client_id=${CLIENT_ID}&client_secret=${SECRET}`;
    const res = await call(`${base}/oauth/token`, { method: 'POST', headers: FORM, body });
    return (res.body as { access_token: string }).access_token;
  };
  let cached: string | null = null;
  const get = async (path: string, explicit?: string): Promise<Answer> => {
    cached ??= await token();
    return call(`${base}${path}`, { headers: { authorization: `Bearer ${explicit ?? cached}` } });
  };
  return { sim, clock, base, token, get };
}

/** "YYYY-MM-DD HH:MM:SS" query value for an ISO instant. */
export const utc = (iso: string): string => encodeURIComponent(iso.replace('T', ' ').slice(0, 19));

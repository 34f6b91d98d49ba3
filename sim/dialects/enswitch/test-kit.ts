import { expect } from 'vitest';
import type { ManualClock } from '../../engine/clock';
import { localTimeMs } from '../../engine/zoned-time';
import type { RunningSimulator } from '../../server';
import { simulatorPerFile } from '../../testing/harness';

/** Shared by the Enswitch test files: one simulator per file on a manual clock. */
export const TZ = 'Asia/Tashkent';
export const NOW = localTimeMs('2025-11-18', 11 * 3600 + 7 * 60, TZ);
export const AUTH = 'auth_username=callboard;auth_password=enswitch-demo';
/** A short recent range, so most requests do not scan the default 62 days. */
export const RECENT = `start=${Math.floor(NOW / 1000) - 3600}`;
export const QUEUE_IDS: Record<string, number> = {
  support: 123,
  sales: 124,
  billing: 125,
  '600': 126,
  '700': 127,
};

export interface Envelope {
  responses: { code: string; key: string; message: string }[];
  data?: unknown;
}
export interface Stats {
  calls: number;
  calls_answered: number;
  talktime_sum: number;
}

export const sec = (ms: number): number => Math.floor(ms / 1000);

export interface Harness {
  readonly sim: RunningSimulator;
  clock: ManualClock;
  api(fn: string, query: string, init?: RequestInit): Promise<{ status: number; body: Envelope }>;
  /** A successful call's `data` (asserts the 200 envelope). */
  data<T>(fn: string, query: string): Promise<T>;
}

export function startEnswitchHarness(): Harness {
  const simulator = simulatorPerFile(NOW);
  const h: Harness = {
    get sim() {
      return simulator.sim;
    },
    clock: simulator.clock,
    api: async (fn, query, init = {}) => {
      const res = await fetch(`${h.sim.url}/enswitch/api/json/${fn}/?${query}`, init);
      return { status: res.status, body: (await res.json()) as Envelope };
    },
    data: async <T>(fn: string, query: string): Promise<T> => {
      const { status, body } = await h.api(fn, `${AUTH};${query}`);
      expect(status).toBe(200);
      expect(body.responses).toEqual([{ code: '200', key: '', message: 'OK' }]);
      return body.data as T;
    },
  };
  return h;
}

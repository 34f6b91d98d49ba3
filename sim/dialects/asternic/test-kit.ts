import { expect } from 'vitest';
import type { Engine } from '../../engine/engine';
import type { CallRecord } from '../../engine/types';
import { localTimeMs } from '../../engine/zoned-time';
import { call } from '../../testing/harness';

/** Shared helpers for the Asternic HTTP tests (not a test file itself). */
export const TZ = 'Asia/Tashkent';
export const TODAY = '2025-11-18';
export const YESTERDAY = '2025-11-17';
export const NOW = localTimeMs(TODAY, 11 * 3600 + 7 * 60 + 13, TZ);

export interface Envelope {
  page: string;
  total: string;
  records: string;
  rows: Record<string, string>[];
}

export interface AsternicClient {
  get(query: string): Promise<{ status: number; body: unknown; text: string }>;
  /** A 200 JSON answer of `entity=<query>`. */
  entity<T>(query: string): Promise<T>;
}

/** The demo user's Basic credentials. */
export const AUTH = {
  authorization: `Basic ${Buffer.from('wallboard:wallboard-demo').toString('base64')}`,
};

export function asternicClient(simUrl: () => string): AsternicClient {
  const get = async (query: string) => {
    const { status, body, text } = await call(
      `${simUrl()}/asternic/stats/rest/index.php?${query}`,
      { headers: AUTH },
    );
    return { status, body, text };
  };
  return {
    get,
    entity: async <T>(query: string): Promise<T> => {
      const res = await get(`entity=${query}`);
      expect(res.status, query).toBe(200);
      return res.body as T;
    },
  };
}

export const allStrings = (rows: Record<string, unknown>[]): boolean =>
  rows.every((r) => Object.values(r).every((v) => typeof v === 'string'));

/** Ground truth: completed queue calls that entered in [from local day+sec, to local day+sec). */
export function queueCalls(
  engine: Engine,
  from: [string, number],
  to: [string, number],
  nowMs = NOW,
): CallRecord[] {
  return engine
    .callsBetween(localTimeMs(from[0], from[1], TZ), localTimeMs(to[0], to[1], TZ), nowMs)
    .filter((c) => c.direction === 'incoming' && c.queue !== null);
}

export const countBy = (
  calls: CallRecord[],
  key: (c: CallRecord) => string,
): Map<string, number> => {
  const out = new Map<string, number>();
  for (const c of calls) out.set(key(c), (out.get(key(c)) ?? 0) + 1);
  return out;
};

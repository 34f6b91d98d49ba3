import { expect } from 'vitest';
import { localTimeMs } from '../../engine/zoned-time';
import type { RunningSimulator } from '../../server';
import { simulatorPerFile } from '../../testing/harness';
import type { StatField } from './params';

/** Shared by the cdrstats test files: one simulator per file with a preset machine token. */
export const TZ = 'Asia/Tashkent';
export const NOW = localTimeMs('2025-11-18', 11 * 3600 + 7 * 60, TZ);
const TOKEN = 'cdrstats-test-token';

export type Counters = Record<StatField, number>;
export interface Row {
  employeeId?: string;
  employeeName?: string;
  extensionId?: string;
  extensionNumber?: string;
  data: Record<string, Partial<Counters>>;
}

export interface CdrHarness {
  readonly sim: RunningSimulator;
  cdrstats(body: unknown): Promise<{ status: number; text: string; type: string }>;
  /** A successful JSON answer. */
  rows(body: Record<string, unknown>): Promise<Row[]>;
}

export function startCdrHarness(): CdrHarness {
  const simulator = simulatorPerFile(NOW, { telecomx: { machineToken: TOKEN } });
  const h: CdrHarness = {
    get sim() {
      return simulator.sim;
    },
    cdrstats: async (body) => {
      const res = await fetch(`${h.sim.url}/telecomx/pbx/cdrstats`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const type = res.headers.get('content-type') ?? '';
      return { status: res.status, text: await res.text(), type };
    },
    rows: async (body) => {
      const res = await h.cdrstats(body);
      expect(res.status).toBe(200);
      return JSON.parse(res.text) as Row[];
    },
  };
  return h;
}

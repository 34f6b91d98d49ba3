import { afterAll, beforeAll } from 'vitest';
import { manualClock, type ManualClock } from '../engine/clock';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../server';

/**
 * The simulator's one test harness, shared by every dialect's HTTP tests (not a test file
 * itself); each dialect's `test-kit.ts` adds its credentials and request helpers on top.
 */

export interface TestSimulator {
  sim: RunningSimulator;
  clock: ManualClock;
}

/** A simulator on a free port and a manual clock frozen at `nowMs`; the caller closes it. */
export async function startTestSimulator(
  nowMs: number,
  options: SimulatorOptions = {},
): Promise<TestSimulator> {
  const clock = manualClock(nowMs);
  const sim = await startSimulator({ port: 0, clock, ...options });
  return { sim, clock };
}

/** One simulator for the calling test file: started before its tests, closed after them. */
export function simulatorPerFile(
  nowMs: number,
  options: SimulatorOptions = {},
): { readonly sim: RunningSimulator; clock: ManualClock } {
  const clock = manualClock(nowMs);
  let running: RunningSimulator | undefined;
  beforeAll(async () => {
    running = await startSimulator({ port: 0, clock, ...options });
  });
  afterAll(async () => {
    await running?.close();
  });
  return {
    get sim() {
      if (!running) throw new Error('simulator not started');
      return running;
    },
    clock,
  };
}

/** One answer of the simulator: the body parsed as JSON when it is JSON, else null. */
export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, headers: res.headers, body, text };
}

import type { DayContext } from './day-context';
import { clamp, lognormal, poisson, standardNormal } from './distributions';
import { createRng, hashSeed, hashString } from './prng';
import { callerName, customerNumber } from './numbers';
import { arrivalRate } from './curves';
import { QUEUES, type QueueDef } from './roster';

export interface Arrival {
  queue: QueueDef;
  enterMs: number;
  /** How long the caller is willing to wait, seconds. */
  patienceSec: number;
  /** An impatient caller leaves with a key press (EXITWITHKEY) instead of hanging up. */
  exitWithKey: boolean;
  callerNumber: string;
  callerName: string;
}

const BUCKET_MS = 300_000;

/** Non-homogeneous Poisson arrivals per queue, in 5-minute buckets following the curves. */
export function planArrivals(ctx: DayContext, seed: number, pool: readonly string[]): Arrival[] {
  const dayRng = createRng(hashSeed(seed, ctx.ordinal, 0xa11));
  const dailyTotal = ctx.center.dailyIncoming * Math.exp(0.07 * standardNormal(dayRng));
  const out: Arrival[] = [];
  for (const queue of QUEUES) {
    const rng = createRng(hashSeed(seed, ctx.ordinal, hashString(queue.name)));
    for (let bucket = ctx.startMs; bucket < ctx.endMs; bucket += BUCKET_MS) {
      const length = Math.min(BUCKET_MS, ctx.endMs - bucket);
      const second = ctx.secondOfDay(bucket + length / 2);
      const mean = arrivalRate(queue, dailyTotal, ctx.weekday, second) * (length / 1000);
      const count = poisson(rng, mean);
      for (let i = 0; i < count; i += 1) {
        const enterMs = bucket + Math.floor(rng.next() * (length / 1000)) * 1000;
        const number = customerNumber(rng, pool);
        const patience = clamp(Math.round(lognormal(rng, queue.patienceMedianSec, 0.8)), 2, 3600);
        out.push({
          queue,
          enterMs,
          patienceSec: patience,
          exitWithKey: rng.chance(0.04),
          callerNumber: number,
          callerName: callerName(rng, number, queue.name === '600'),
        });
      }
    }
  }
  return out.sort((x, y) => x.enterMs - y.enterMs);
}

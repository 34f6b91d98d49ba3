/** The simulator's notion of "now"; injected so tests can freeze or step time. */
export interface SimClock {
  now(): number;
}

/** Wall-clock time. */
export function realClock(): SimClock {
  return { now: () => Date.now() };
}

/** sim time = startMs + (real elapsed × speed); speed 1 with startMs = now is real time. */
export function scaledClock(speed: number, startMs: number = Date.now()): SimClock {
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`invalid speed: ${speed}`);
  const realStart = Date.now();
  return { now: () => Math.floor(startMs + (Date.now() - realStart) * speed) };
}

export interface ManualClock extends SimClock {
  set(ms: number): void;
  advance(ms: number): void;
}

/** A clock that only moves when told to (tests). */
export function manualClock(startMs: number): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

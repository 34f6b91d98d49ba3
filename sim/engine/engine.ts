import { createDayContext } from './day-context';
import { simulateDay } from './day-simulator';
import { LruCache } from './lru-cache';
import { agentAt, queueStats, waitingAt, type LiveState, type QueueTodayStats } from './live-state';
import { repeatCallerPool } from './numbers';
import {
  BACK_OFFICE,
  centerShape,
  DEFAULT_CENTER,
  OUTBOUND_TRUNKS,
  QUEUES,
  queueByName,
} from './roster';
import type { AgentDef, BackOfficeExtension, QueueDef } from './roster';
import type { CallRecord, GeneratedDay } from './types';
import { addDays, assertTimeZone, dayKeyOf, dayStartMs } from './zoned-time';

export interface EngineOptions {
  seed?: number;
  /** IANA zone for day boundaries and curves (default Asia/Tashkent). */
  timeZone?: string;
  /** Generated days kept in memory (default 64). */
  cacheDays?: number;
  /** Agents on the roster, 1–24 (default all 24): a smaller or larger center. */
  agents?: number;
  /** Daily call volume as a multiple of the default center's (default 1). */
  volume?: number;
}

export interface Engine {
  readonly seed: number;
  readonly timeZone: string;
  readonly queues: readonly QueueDef[];
  readonly agents: readonly AgentDef[];
  readonly backOffice: readonly BackOfficeExtension[];
  readonly outboundTrunks: readonly string[];
  /** The full generated local day "yyyy-mm-dd" (cached; includes calls not yet ended). */
  day(dayKey: string): GeneratedDay;
  dayKeyOf(ms: number): string;
  dayStartMs(dayKey: string): number;
  /** Calls that entered in [fromMs, toMs) and ended by visibleAtMs (default: all), by enter time. */
  callsBetween(fromMs: number, toMs: number, visibleAtMs?: number): CallRecord[];
  findCall(uniqueid: string): CallRecord | undefined;
  liveState(atMs: number): LiveState;
  /** Today's counters for a queue up to atMs plus its live picture; undefined for unknown queues. */
  todayStats(queue: string, atMs: number): QueueTodayStats | undefined;
  /** todayStats for every queue from one live snapshot (roster order). */
  todayStatsAll(atMs: number): QueueTodayStats[];
}

export const DEFAULT_SEED = 42;
export const DEFAULT_TIME_ZONE = 'Asia/Tashkent';

export function createEngine(options: EngineOptions = {}): Engine {
  const seed = options.seed ?? DEFAULT_SEED;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(timeZone);
  const cache = new LruCache<string, GeneratedDay>(Math.max(2, options.cacheDays ?? 64));
  const pool = repeatCallerPool(seed);
  const center =
    options.agents === undefined && options.volume === undefined
      ? DEFAULT_CENTER
      : centerShape(options.agents ?? DEFAULT_CENTER.agents.length, options.volume ?? 1);

  const day = (dayKey: string): GeneratedDay => {
    const cached = cache.get(dayKey);
    if (cached) return cached;
    const started = performance.now();
    const ctx = createDayContext(dayKey, timeZone, center);
    const result = simulateDay(ctx, seed, pool);
    const generated: GeneratedDay = {
      dayKey,
      startMs: ctx.startMs,
      endMs: ctx.endMs,
      calls: result.calls,
      agents: result.agents,
      generationMs: performance.now() - started,
    };
    cache.set(dayKey, generated);
    return generated;
  };

  const callsBetween = (fromMs: number, toMs: number, visibleAtMs = Infinity): CallRecord[] => {
    const out: CallRecord[] = [];
    const lastMs = Math.min(toMs, visibleAtMs + 1) - 1;
    if (lastMs < fromMs) return out;
    const lastKey = dayKeyOf(lastMs, timeZone);
    for (let key = dayKeyOf(fromMs, timeZone); key <= lastKey; key = addDays(key, 1)) {
      for (const c of day(key).calls) {
        if (c.enterMs >= fromMs && c.enterMs < toMs && c.endMs <= visibleAtMs) out.push(c);
      }
    }
    return out;
  };

  const liveState = (atMs: number): LiveState => {
    const dayKey = dayKeyOf(atMs, timeZone);
    const today = day(dayKey);
    const yesterday = day(addDays(dayKey, -1));
    return {
      atMs,
      dayKey,
      waiting: waitingAt([yesterday, today], atMs),
      agents: center.agents.map((def) =>
        agentAt(def, today.agents.get(def.id), today.startMs, atMs),
      ),
    };
  };

  return {
    seed,
    timeZone,
    queues: QUEUES,
    agents: center.agents,
    backOffice: BACK_OFFICE,
    outboundTrunks: OUTBOUND_TRUNKS,
    day,
    dayKeyOf: (ms) => dayKeyOf(ms, timeZone),
    dayStartMs: (key) => dayStartMs(key, timeZone),
    callsBetween,
    findCall: (uniqueid) => {
      const sec = Number(uniqueid.split('.')[0]);
      if (!Number.isFinite(sec) || Math.abs(sec) > 1e11) return undefined;
      return day(dayKeyOf(sec * 1000, timeZone)).calls.find((c) => c.uniqueid === uniqueid);
    },
    liveState,
    todayStats: (queue, atMs) => {
      const def = queueByName(queue);
      if (!def) return undefined;
      return queueStats(def, day(dayKeyOf(atMs, timeZone)).calls, liveState(atMs));
    },
    todayStatsAll: (atMs) => {
      const live = liveState(atMs);
      const calls = day(live.dayKey).calls;
      return QUEUES.map((q) => queueStats(q, calls, live));
    },
  };
}

import type { Engine } from '../../engine/engine';
import type { CallRecord, Direction } from '../../engine/types';
import { addDays, dayOrdinal } from '../../engine/zoned-time';

/** UTEL call type numbers (call-history `type.number`, `filter[type]`). */
export const TYPE_NUMBER: Record<Direction, 1 | 2 | 3> = { incoming: 1, outgoing: 2, internal: 3 };
export const TYPE_NAME: Record<1 | 2 | 3, string> = { 1: 'Incoming', 2: 'Outgoing', 3: 'Internal' };
export const STATUS_NAME: Record<1 | 2, string> = { 1: 'Answered', 2: 'Not answered' };
export const DIRECTIONS: readonly Direction[] = ['incoming', 'outgoing', 'internal'];

/** First UTEL queue module number (queues are modules 5400–5599); roster order from here. */
const QUEUE_MODULE_BASE = 5400;

/** A visible call with its call-history row id. */
export interface UtelCall {
  id: number;
  call: CallRecord;
  type: 1 | 2 | 3;
  /** 1 answered, 2 not answered: the whole call was picked up by a person (agent or far end). */
  status: 1 | 2;
  src: string;
  dst: string;
  externalNumber: string | null;
}

/**
 * Calls that started in [fromMs, toMs) and ended by nowMs, oldest first. The id is
 * dayOrdinal × 10000 + position in the generated day: stable per seed and rising with start time.
 */
export function utelCalls(engine: Engine, fromMs: number, toMs: number, nowMs: number): UtelCall[] {
  const out: UtelCall[] = [];
  const lastMs = Math.min(toMs, nowMs + 1) - 1;
  if (lastMs < fromMs) return out;
  const modules = new Map(engine.queues.map((q, i) => [q.name, String(QUEUE_MODULE_BASE + i)]));
  const lastKey = engine.dayKeyOf(lastMs);
  for (let key = engine.dayKeyOf(fromMs); key <= lastKey; key = addDays(key, 1)) {
    const base = dayOrdinal(key) * 10_000;
    engine.day(key).calls.forEach((call, index) => {
      if (call.enterMs < fromMs || call.enterMs >= toMs || call.endMs > nowMs) return;
      out.push(view(base + index, call, modules));
    });
  }
  return out;
}

function view(id: number, call: CallRecord, modules: Map<string, string>): UtelCall {
  const incoming = call.direction === 'incoming';
  const queueModule = call.queue === null ? call.calledNumber : (modules.get(call.queue) ?? '');
  return {
    id,
    call,
    type: TYPE_NUMBER[call.direction],
    status: call.outcome === 'answered' ? 1 : 2,
    src: call.callerNumber,
    // Incoming: the extension that answered, else the queue module the caller waited in.
    dst: incoming ? (call.agentExtension ?? queueModule) : call.calledNumber,
    externalNumber: call.direction === 'internal' ? null : call.externalNumber,
  };
}

export function directionOf(type: 1 | 2 | 3): Direction {
  return type === 1 ? 'incoming' : type === 2 ? 'outgoing' : 'internal';
}

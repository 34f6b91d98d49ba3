import type { Engine } from '../../engine/engine';
import type { CallRecord } from '../../engine/types';
import { extensionIdOf, queueNumbers } from './extensions';

export type StatKind = 'calls' | 'cdr';
type Result =
  | 'bridged'
  | 'answered'
  | 'not answered'
  | 'busy'
  | 'rejected'
  | 'failed'
  | 'diverted'
  | 'answered elsewhere';

/** One counted unit: a whole call (calls/stats) or one extension's leg of it (cdr/stats). */
interface Unit {
  dir: 'in' | 'out';
  result: Result;
  /** Seconds since the PBX (or the leg) answered; counted for answered/bridged/diverted. */
  duration: number;
  /** Seconds connected to a person; counted for bridged only. */
  bridgedDuration: number;
  extensionIds: number[];
}

const CALL_KEYS = [
  'busy',
  'bridged_duration',
  'answered',
  'not answered',
  'rejected',
  'failed',
  'bridged',
  'duration',
  'total',
];
const CDR_KEYS = [...CALL_KEYS, 'diverted', 'answered elsewhere'];

/**
 * The whole-call result. Incoming: the queue answers every caller (hold music), so a call no agent
 * took is `answered` but not `bridged`; EXITEMPTY never got answered. Internal calls are not counted.
 */
function callUnit(call: CallRecord, queueIds: Map<string, number>): Unit | null {
  const talk = Math.round(call.talkSec);
  const agentId = call.agentExtension === null ? [] : [extensionIdOf(call.agentExtension)];
  if (call.direction === 'incoming') {
    const queueId = call.queue === null ? undefined : queueIds.get(call.queue);
    const ids = [...(queueId === undefined ? [] : [queueId]), ...agentId];
    const whole = Math.round(call.durationSec);
    if (call.outcome === 'answered') {
      return {
        dir: 'in',
        result: 'bridged',
        duration: whole,
        bridgedDuration: talk,
        extensionIds: ids,
      };
    }
    const result: Result = call.outcome === 'empty' ? 'not answered' : 'answered';
    return {
      dir: 'in',
      result,
      duration: result === 'answered' ? whole : 0,
      bridgedDuration: 0,
      extensionIds: ids,
    };
  }
  if (call.direction !== 'outgoing') return null;
  const result: Result =
    call.outcome === 'answered'
      ? 'bridged'
      : call.outcome === 'busy'
        ? 'busy'
        : call.outcome === 'failed'
          ? 'failed'
          : 'not answered';
  const answered = result === 'bridged';
  return {
    dir: 'out',
    result,
    duration: answered ? talk : 0,
    bridgedDuration: answered ? talk : 0,
    extensionIds: agentId,
  };
}

/** CDR legs: the queue extension's leg (= the call result) plus the answering agent's phone leg. */
function cdrUnits(call: CallRecord, queueIds: Map<string, number>): Unit[] {
  const unit = callUnit(call, queueIds);
  if (!unit) return [];
  if (unit.dir === 'out') return [unit];
  const queueId = call.queue === null ? undefined : queueIds.get(call.queue);
  const agentId = call.agentExtension === null ? undefined : extensionIdOf(call.agentExtension);
  const legs: Unit[] = [{ ...unit, extensionIds: queueId === undefined ? [] : [queueId] }];
  if (agentId !== undefined) {
    const talk = Math.round(call.talkSec);
    const diverted = call.event === 'TRANSFER';
    legs.push({
      dir: 'in',
      result: diverted ? 'diverted' : 'bridged',
      duration: talk,
      bridgedDuration: diverted ? 0 : talk,
      extensionIds: [agentId],
    });
  }
  return legs;
}

/** `{in, out}` with the vendor's keys; a direction without any counted unit is left out. */
export function telphinStats(
  engine: Engine,
  kind: StatKind,
  range: { fromMs: number; toMs: number },
  extensionIds: Set<number> | null,
  nowMs: number,
): Record<string, Record<string, number>> {
  const numbers = queueNumbers(engine);
  const queueIds = new Map([...numbers].map(([name, n]) => [name, extensionIdOf(n)]));
  const keys = kind === 'calls' ? CALL_KEYS : CDR_KEYS;
  const out: Record<string, Record<string, number>> = {};
  for (const call of engine.callsBetween(range.fromMs, range.toMs, nowMs)) {
    const units = kind === 'calls' ? [callUnit(call, queueIds)] : cdrUnits(call, queueIds);
    for (const unit of units) {
      if (!unit) continue;
      if (extensionIds && !unit.extensionIds.some((id) => extensionIds.has(id))) continue;
      const stat = (out[unit.dir] ??= Object.fromEntries(keys.map((k) => [k, 0])));
      stat.total = (stat.total ?? 0) + 1;
      stat[unit.result] = (stat[unit.result] ?? 0) + 1;
      stat.duration = (stat.duration ?? 0) + unit.duration;
      stat.bridged_duration = (stat.bridged_duration ?? 0) + unit.bridgedDuration;
    }
  }
  const ordered: Record<string, Record<string, number>> = {};
  for (const dir of ['in', 'out']) {
    const stat = out[dir];
    if (stat) ordered[dir] = stat;
  }
  return ordered;
}

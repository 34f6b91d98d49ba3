import { DateTime } from 'luxon';
import { addOrNull } from '@/lib/providers/shared/wire-values';
import type { TimeRange } from '@/lib/time/range';
import type { AsternicReportRowWire, WireScalar } from './api-types';
import { createLocalClock } from './local-clock';
import { parseWireSeconds } from './mapper';

/** `answered_calls_detail` (documented rows) or `unanswered_calls_detail` (undocumented rows). */
export type ReportKind = 'answered' | 'unanswered';

/**
 * The calls of one report window that share an hour, an agent and a DID. A window's answer is
 * kept as cells, not rows: everything the statistics need, a fraction of the memory.
 */
export interface AsternicCell {
  /** Local hour of the calls' queue entry; null when a row's `datetime` could not be read. */
  hourMs: number | null;
  /** null for unanswered calls and rows without an agent. */
  agent: string | null;
  /** `""` = the call came without a DID; null = the row has no `did` column at all. */
  did: string | null;
  calls: number;
  /** Answered: sum of `callTime`; unanswered: 0. Null once a value was unreadable. */
  talkSeconds: number | null;
  /** Queue entry to hang-up: answered `waitTime + callTime`, unanswered `waitTime`. */
  durationSeconds: number | null;
  /** The queue the calls came through; null when the row names none. */
  queue: string | null;
  /** Sum of `waitTime` (hold time, queue entry to answer or hang-up); null once unreadable. */
  waitSeconds: number | null;
  /** Answered calls whose hold time was at most the queue's service-level threshold. */
  withinThreshold: number | null;
  /** Unanswered calls that ended as ABANDON; null when the rows carry no `event`. */
  abandoned: number | null;
}

/** The service-level threshold (seconds) of a queue; `null` = a row that names no queue. */
export type ThresholdOf = (queue: string | null) => number;

export interface RowFilters {
  queue?: string;
  agent?: string;
}

/** `dd-mm-yyyy HH:MM:SS` (report rows) or `yyyy-mm-dd HH:MM:SS` (call/search), naive local (D10). */
export function parseReportDateTime(value: unknown, zone: string): DateTime | null {
  const ms = createLocalClock(zone).parse(value);
  return ms === null ? null : DateTime.fromMillis(ms, { zone });
}

const used = [
  'datetime',
  'waittime',
  'calltime',
  'queue',
  'queuename',
  'agent',
  'agentname',
  'did',
  'uniqueid',
  'event',
] as const;
type Column = (typeof used)[number];
const isColumn = (name: string): name is Column => (used as readonly string[]).includes(name);

/**
 * The columns the statistics use, found ignoring case, spaces and `_` (`waitTime`, `Wait Time`,
 * `wait_time` are one); each distinct key is normalized once per answer.
 */
function columnReader(): (row: AsternicReportRowWire) => Partial<Record<Column, WireScalar>> {
  const names = new Map<string, Column | null>();
  return (row) => {
    const picked: Partial<Record<Column, WireScalar>> = {};
    for (const [key, value] of Object.entries(row)) {
      let name = names.get(key);
      if (name === undefined) {
        const normalized = key.toLowerCase().replace(/[^a-z0-9]/g, '');
        name = isColumn(normalized) ? normalized : null;
        names.set(key, name);
      }
      if (name !== null && !(name in picked)) picked[name] = value;
    }
    return picked;
  };
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A row is dropped only when its columns name another queue/agent; without them, the server's
 *  own filtering is trusted. */
function passes(row: Partial<Record<Column, WireScalar>>, filters: RowFilters): boolean {
  const names = (...values: unknown[]) => values.map(text).filter((name) => name !== null);
  const queues = names(row.queue, row.queuename);
  if (filters.queue !== undefined && queues.length > 0 && !queues.includes(filters.queue)) {
    return false;
  }
  const agents = names(row.agent, row.agentname);
  return filters.agent === undefined || agents.length === 0 || agents.includes(filters.agent);
}

/**
 * D11: a naive time in the repeated hour of an autumn change names two instants. Asterisk's
 * uniqueid is `<epoch seconds>.<sequence>`, the epoch of the channel's creation, i.e. the queue
 * entry: take the instant whose queue entry (time − waitTime) is nearest to it. Without a
 * uniqueid that carries an epoch, the first occurrence.
 */
function nearestToUniqueid(
  uniqueid: unknown,
  waitSeconds: number | null,
): ((instants: readonly number[]) => number) | undefined {
  const match = typeof uniqueid === 'string' ? /^(\d{9,11})\.\d+$/.exec(uniqueid.trim()) : null;
  if (!match) return undefined;
  const entryMs = Number(match[1]) * 1000;
  return (instants) => {
    const distance = (ms: number) => Math.abs(ms - (waitSeconds ?? 0) * 1000 - entryMs);
    return instants.reduce((best, ms) => (distance(ms) < distance(best) ? ms : best));
  };
}

/**
 * Report rows → cells. A row's time is its queue entry, `datetime − waitTime` (the vendor's search
 * example shows exactly that as `dateStart`), kept inside the window the report returned it for.
 */
export function reportCells(
  rows: readonly AsternicReportRowWire[],
  kind: ReportKind,
  window: TimeRange,
  filters: RowFilters = {},
  thresholdOf: ThresholdOf = () => 20,
): AsternicCell[] {
  const cells = new Map<string, AsternicCell>();
  const clock = createLocalClock(window.zone);
  const read = columnReader();
  const [firstMs, lastMs] = [+window.from, +window.to - 1];
  for (const wire of rows) {
    const row = read(wire);
    if (!passes(row, filters)) continue;
    const wait = parseWireSeconds(row.waittime);
    const talk = kind === 'answered' ? parseWireSeconds(row.calltime) : 0;
    const at = clock.parse(row.datetime, nearestToUniqueid(row.uniqueid, wait));
    const hourMs =
      at === null
        ? null
        : clock.hourStart(Math.min(Math.max(at - (wait ?? 0) * 1000, firstMs), lastMs));
    const named = kind === 'answered' ? (text(row.agent) ?? text(row.agentname)) : null;
    // `NONE` is the stats database's "no agent" row, not a person.
    const agent = named === 'NONE' ? null : named;
    const did = 'did' in row ? (text(row.did) ?? '') : null;
    const queue = text(row.queue) ?? text(row.queuename);
    const key = [hourMs, agent ?? '\u0001', did ?? '\u0001', queue ?? '\u0001'].join('\u0000');
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        hourMs,
        agent,
        did,
        calls: 0,
        talkSeconds: 0,
        durationSeconds: 0,
        queue,
        waitSeconds: 0,
        withinThreshold: 0,
        abandoned: 0,
      };
      cells.set(key, cell);
    }
    cell.calls += 1;
    cell.talkSeconds = addOrNull(cell.talkSeconds, talk);
    cell.durationSeconds = addOrNull(cell.durationSeconds, addOrNull(wait, talk));
    cell.waitSeconds = addOrNull(cell.waitSeconds, wait);
    if (kind === 'answered') {
      const within = wait === null ? null : wait <= thresholdOf(queue) ? 1 : 0;
      cell.withinThreshold = addOrNull(cell.withinThreshold, within);
    } else {
      const event = 'event' in row ? text(row.event) : undefined;
      const abandoned = event === undefined ? null : event === 'ABANDON' ? 1 : 0;
      cell.abandoned = addOrNull(cell.abandoned, abandoned);
    }
  }
  return [...cells.values()];
}

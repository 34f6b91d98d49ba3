import { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import type {
  AgentStats,
  BucketCounts,
  ExternalNumberStats,
  SeriesPoint,
  SummaryData,
} from '@/lib/model/stats';
import { zeroFilledSeries, type BucketSample } from '@/lib/providers/shared/series';
import { addOrNull } from '@/lib/providers/shared/wire-values';
import { bucketStarts, type TimeRange } from '@/lib/time/range';
import type { AsternicCell } from './report-cells';

/** One fetched window: its answered cells and its unanswered cells. */
export interface WindowCells {
  window: TimeRange;
  answered: readonly AsternicCell[];
  /** null when not fetched: with an agent filter, since unanswered calls belong to no agent. */
  unanswered: readonly AsternicCell[] | null;
}

/**
 * With an `externalNumber` filter a cell counts when its DID matches; a row without a `did`
 * column might match or not, so it makes every figure it could touch unknown (null).
 */
function dialedTo(cell: AsternicCell, externalNumber: string | undefined): boolean | null {
  if (externalNumber === undefined) return true;
  return cell.did === null ? null : cell.did === externalNumber;
}

interface Totals {
  calls: number | null;
  talkSeconds: number | null;
  durationSeconds: number | null;
}

function totalsOf(cells: Iterable<AsternicCell>, externalNumber?: string): Totals {
  const totals: Totals = { calls: 0, talkSeconds: 0, durationSeconds: 0 };
  for (const cell of cells) {
    const matches = dialedTo(cell, externalNumber);
    if (matches === false) continue;
    const known = matches === true;
    totals.calls = addOrNull(totals.calls, known ? cell.calls : null);
    totals.talkSeconds = addOrNull(totals.talkSeconds, known ? cell.talkSeconds : null);
    totals.durationSeconds = addOrNull(totals.durationSeconds, known ? cell.durationSeconds : null);
  }
  return totals;
}

function unansweredOf(windows: readonly WindowCells[]): AsternicCell[] | null {
  const cells: AsternicCell[] = [];
  for (const { unanswered } of windows) {
    if (unanswered === null) return null;
    cells.push(...unanswered);
  }
  return cells;
}

/**
 * Queue calls are incoming; outgoing and internal are unknown to Asternic (null). Without the
 * unanswered report (agent filter) the total is the agent's answered calls, notAnswered null.
 */
export function mapReportSummary(
  windows: readonly WindowCells[],
  externalNumber?: string,
): SummaryData {
  const answered = totalsOf(
    windows.flatMap((window) => window.answered),
    externalNumber,
  );
  const unansweredCells = unansweredOf(windows);
  const unanswered = unansweredCells && totalsOf(unansweredCells, externalNumber);
  return {
    incoming: {
      total: unanswered ? addOrNull(answered.calls, unanswered.calls) : answered.calls,
      answered: answered.calls,
      notAnswered: unanswered ? unanswered.calls : null,
      busy: null,
      failed: null,
      durationSeconds: unanswered
        ? addOrNull(answered.durationSeconds, unanswered.durationSeconds)
        : answered.durationSeconds,
      talkSeconds: answered.talkSeconds,
    },
    outgoing: null,
    internal: null,
  };
}

/**
 * Cells into buckets of the range, every bucket listed: a cell with an unreadable time makes every
 * bucket of its window unknown, a cell with an unknown DID (under a DID filter) its own bucket.
 */
export function mapReportSeries(
  range: TimeRange,
  bucket: SeriesBucket,
  windows: readonly WindowCells[],
  externalNumber?: string,
): SeriesPoint[] {
  const attributable = unansweredOf(windows) !== null;
  const samples = new Map<number, BucketSample>();
  const counts = new Map<number, BucketCounts>();
  for (const start of bucketStarts(range, bucket)) {
    const zero = { total: 0, notAnswered: attributable ? 0 : null };
    counts.set(+start, zero);
    samples.set(+start, { incoming: zero });
  }
  const addTo = (startMs: number, calls: number | null, notAnswered: boolean) => {
    const point = counts.get(startMs);
    if (!point) return;
    point.total = addOrNull(point.total, calls);
    if (notAnswered) point.notAnswered = addOrNull(point.notAnswered, calls);
  };
  const bucketOf = (ms: number) => +DateTime.fromMillis(ms, { zone: range.zone }).startOf(bucket);
  for (const { window, answered, unanswered } of windows) {
    const parts = [
      { cells: answered, notAnswered: false },
      { cells: unanswered ?? [], notAnswered: true },
    ];
    for (const { cells, notAnswered } of parts) {
      for (const cell of cells) {
        const matches = dialedTo(cell, externalNumber);
        if (matches === false) continue;
        const calls = matches === true ? cell.calls : null;
        if (cell.hourMs !== null) addTo(bucketOf(cell.hourMs), calls, notAnswered);
        else for (const start of bucketStarts(window, bucket)) addTo(+start, null, notAnswered);
      }
    }
  }
  return zeroFilledSeries(range, bucket, samples, ['incoming']);
}

/**
 * Agents from answered calls only: an unanswered queue call reached no agent, so `calls` are the
 * calls the agent took and `notAnswered` is null (a miss while ringing is not in these reports).
 */
export function mapReportAgents(
  windows: readonly WindowCells[],
  externalNumber?: string,
): AgentStats[] {
  const byAgent = new Map<string, AsternicCell[]>();
  for (const cell of windows.flatMap((window) => window.answered)) {
    if (cell.agent === null || dialedTo(cell, externalNumber) === false) continue;
    byAgent.set(cell.agent, [...(byAgent.get(cell.agent) ?? []), cell]);
  }
  return [...byAgent]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([agent, cells]) => {
      const totals = totalsOf(cells, externalNumber);
      return {
        id: agent,
        name: agent,
        extension: null,
        incoming: {
          calls: totals.calls,
          answered: totals.calls,
          notAnswered: null,
          durationSeconds: totals.durationSeconds,
          talkSeconds: totals.talkSeconds,
        },
        outgoing: null,
      };
    });
}

/**
 * Incoming calls per DID (`""` = calls that came without one). A report whose rows lack the `did`
 * column leaves the figures it feeds unknown for every number.
 */
export function mapReportExternalNumbers(
  windows: readonly WindowCells[],
  externalNumber?: string,
): ExternalNumberStats[] {
  const answered = windows.flatMap((window) => window.answered);
  const unanswered = unansweredOf(windows);
  const dids = new Set(
    [...answered, ...(unanswered ?? [])].flatMap((cell) => (cell.did === null ? [] : [cell.did])),
  );
  return [...dids]
    .filter((did) => externalNumber === undefined || did === externalNumber)
    .sort()
    .map((did) => {
      const answeredCalls = totalsOf(answered, did).calls;
      const notAnswered = unanswered ? totalsOf(unanswered, did).calls : null;
      return {
        number: did,
        incoming: {
          total: unanswered ? addOrNull(answeredCalls, notAnswered) : answeredCalls,
          notAnswered,
        },
        outgoing: null,
        internal: null,
      };
    });
}

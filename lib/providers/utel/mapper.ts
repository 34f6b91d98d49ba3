import { DateTime } from 'luxon';
import type { SeriesBucket } from '@/lib/model/source';
import type {
  AgentDirection,
  AgentStats,
  BucketCounts,
  DirectionTotals,
  ExternalNumberStats,
  SeriesPoint,
  SummaryData,
} from '@/lib/model/stats';
import { zeroFilledSeries, type BucketSample, type Direction } from '@/lib/providers/shared/series';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import type { TimeRange } from '@/lib/time/range';
import type {
  UtelBucketItemWire,
  UtelCallsCountWire,
  UtelGroupedWire,
  UtelUserRowWire,
  UtelUsersWire,
} from './api-types';

const directions: readonly Direction[] = ['incoming', 'outgoing', 'internal'];

/**
 * `calls-count` → totals per direction. UTEL gives no busy/failed split and no durations for the
 * period (calls-by-users has durations per user leg, which do not add up to calls), so those are null.
 */
export function mapCallsCount(wire: UtelCallsCountWire): SummaryData {
  const direction = (key: Direction): DirectionTotals => ({
    total: wire[key].total,
    answered: wire[key].answered,
    notAnswered: wire[key].not_answered,
    busy: null,
    failed: null,
    durationSeconds: null,
    talkSeconds: null,
  });
  return {
    incoming: direction('incoming'),
    outgoing: direction('outgoing'),
    internal: direction('internal'),
  };
}

const labelPattern = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[ T](\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?$/;

/**
 * A bucket label (`2026-01-13 09:00:00`, `2026-01-13`, `2026-01`, …) as the start of its bucket in
 * the source's zone (D3: naive local time). It must be at least as precise as the bucket.
 */
export function parseBucketLabel(
  label: string,
  bucket: SeriesBucket,
  zone: string,
): DateTime | undefined {
  const match = labelPattern.exec(label.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  if ((bucket === 'day' || bucket === 'hour') && day === undefined) return undefined;
  if (bucket === 'hour' && hour === undefined) return undefined;
  const value = DateTime.fromObject(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day ?? 1),
      hour: Number(hour ?? 0),
      minute: Number(minute ?? 0),
      second: Number(second ?? 0),
    },
    { zone },
  );
  return value.isValid ? value.startOf(bucket) : undefined;
}

/** `calls-by-hour|day|month` → one point per bucket of the range; unlisted buckets are 0 (D1). */
export function mapGroupedSeries(
  wire: UtelGroupedWire,
  bucket: SeriesBucket,
  range: TimeRange,
  label: string,
): SeriesPoint[] {
  const samples = new Map<number, BucketSample>();
  for (const direction of directions) {
    const add = (items: UtelBucketItemWire[], field: keyof BucketCounts) => {
      for (const item of items) {
        const start =
          item.label === null ? undefined : parseBucketLabel(item.label, bucket, range.zone);
        if (!start) {
          throw new UpstreamError(
            'schema',
            `${label}: unexpected answer shape (${item.labelKey} "${String(item.label).slice(0, 32)}" is not a ${bucket})`,
          );
        }
        const sample = samples.get(start.toMillis()) ?? {};
        const counts = sample[direction] ?? { total: 0, notAnswered: 0 };
        // The same bucket listed twice would be two groups of calls: both count.
        counts[field] = (counts[field] ?? 0) + item.callCount;
        samples.set(start.toMillis(), { ...sample, [direction]: counts });
      }
    };
    add(wire[direction].all, 'total');
    add(wire[direction].not_answered, 'notAnswered');
  }
  return zeroFilledSeries(range, bucket, samples, directions);
}

/**
 * `calls-by-external-number` → one row per number, in order of first appearance. A direction in
 * which a number is not listed had no calls there (0). Calls without a trunk number (`null`, e.g.
 * internal calls) are kept under the empty number `""` rather than dropped.
 */
export function mapExternalNumbers(wire: UtelGroupedWire): ExternalNumberStats[] {
  const rows = new Map<string, ExternalNumberStats>();
  const row = (number: string): ExternalNumberStats => {
    const existing = rows.get(number);
    if (existing) return existing;
    const zero = (): BucketCounts => ({ total: 0, notAnswered: 0 });
    const created = { number, incoming: zero(), outgoing: zero(), internal: zero() };
    rows.set(number, created);
    return created;
  };
  for (const field of ['all', 'not_answered'] as const) {
    for (const direction of directions) {
      for (const item of wire[direction][field]) {
        const counts = row(item.label ?? '')[direction];
        if (!counts) continue;
        if (field === 'all') counts.total = (counts.total ?? 0) + item.callCount;
        else counts.notAnswered = (counts.notAnswered ?? 0) + item.callCount;
      }
    }
  }
  return [...rows.values()];
}

/**
 * `calls-by-users` three times: unfiltered (counts, durations), `status=1` (answered) and
 * `status=2` (not answered). A user missing from a status list had no such calls (0); a user
 * missing from the unfiltered list has unknown totals (null).
 */
export function mapAgents(
  all: UtelUsersWire,
  answered: UtelUsersWire,
  notAnswered: UtelUsersWire,
): AgentStats[] {
  const byNumber = (rows: UtelUsersWire) => new Map(rows.map((row) => [row.number, row]));
  const allRows = byNumber(all);
  const answeredRows = byNumber(answered);
  const notAnsweredRows = byNumber(notAnswered);
  const numbers = [
    ...new Set([...allRows.keys(), ...answeredRows.keys(), ...notAnsweredRows.keys()]),
  ];
  return numbers.map((number) => {
    const direction = (key: 'incoming' | 'outgoing'): AgentDirection => {
      const row = allRows.get(number);
      const count = (rows: Map<string, UtelUserRowWire>) => rows.get(number)?.[`${key}_count`] ?? 0;
      return {
        calls: row ? row[`${key}_count`] : null,
        answered: count(answeredRows),
        notAnswered: count(notAnsweredRows),
        durationSeconds: row ? row[`${key}_duration`] : null,
        talkSeconds: row ? row[`${key}_conversation`] : null,
      };
    };
    return {
      id: number,
      name: null,
      extension: number,
      incoming: direction('incoming'),
      outgoing: direction('outgoing'),
    };
  });
}

/** Label keys the API used (for the quirk counter: D1's names are a guess). */
export function labelKeys(wire: UtelGroupedWire): Set<string> {
  const keys = new Set<string>();
  for (const direction of directions) {
    for (const item of [...wire[direction].all, ...wire[direction].not_answered]) {
      keys.add(item.labelKey);
    }
  }
  return keys;
}

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
import { bucketStarts, type TimeRange } from '@/lib/time/range';
import { firstInstantOfWallTime, instantsOfWallTime, type WallTime } from '@/lib/time/zoned';
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

/** A bucket label as the wall time its bucket starts at; undefined unless it is that precise. */
function bucketWall(label: string, bucket: SeriesBucket): WallTime | undefined {
  const match = labelPattern.exec(label.trim());
  if (!match) return undefined;
  const [, year, month, day, hour] = match;
  if ((bucket === 'day' || bucket === 'hour') && day === undefined) return undefined;
  if (bucket === 'hour' && hour === undefined) return undefined;
  const wall = {
    year: Number(year),
    month: Number(month),
    day: bucket === 'month' ? 1 : Number(day ?? 1),
    hour: bucket === 'hour' ? Number(hour ?? 0) : 0,
    minute: 0,
  };
  // Calendar check where every wall time exists: 2026-02-30 and hour 24 are not labels.
  const calendar = DateTime.fromObject(wall, { zone: 'UTC' });
  return calendar.isValid && calendar.day === wall.day && calendar.hour === wall.hour
    ? wall
    : undefined;
}

/**
 * A bucket label (`2026-01-13 09:00:00`, `2026-01-13`, `2026-01`, …) as the start of its bucket in
 * the source's zone (D3: naive local time). It must be at least as precise as the bucket. A label
 * of the repeated hour of an autumn change is its first occurrence (see `mapGroupedSeries`).
 */
export function parseBucketLabel(
  label: string,
  bucket: SeriesBucket,
  zone: string,
): DateTime | undefined {
  const wall = bucketWall(label, bucket);
  return wall && DateTime.fromMillis(firstInstantOfWallTime(wall, zone), { zone });
}

/**
 * `calls-by-hour|day|month` → one point per bucket of the range; unlisted buckets are 0 (D1).
 *
 * UTEL groups by naive local hour (D3), so in the repeated hour of an autumn change one label
 * holds both hours' calls (D12). `firstOccurrences` is the answer for the range cut at the end of
 * that hour's first occurrence (UTEL reads a naive `to` as the first occurrence, as every naive
 * time we send): its count is the first hour's, the rest is the second's. Without it, the
 * whole label counts for the first occurrence.
 */
export function mapGroupedSeries(
  wire: UtelGroupedWire,
  bucket: SeriesBucket,
  range: TimeRange,
  label: string,
  firstOccurrences?: UtelGroupedWire,
): SeriesPoint[] {
  const starts = new Set(bucketStarts(range, bucket).map((start) => start.toMillis()));
  // Each label comes up to four times per direction (all and not answered, twice on an autumn
  // change day): it is read and looked up in the zone once. `null`: not a label of this bucket.
  const labels = new Map<string, { wall: WallTime; instants: number[] } | null>();
  const readLabel = (label: string) => {
    let read = labels.get(label);
    if (read === undefined) {
      const wall = bucketWall(label, bucket);
      read = wall
        ? { wall, instants: instantsOfWallTime(wall, range.zone).filter((ms) => starts.has(ms)) }
        : null;
      labels.set(label, read);
    }
    return read;
  };
  const samples = new Map<number, BucketSample>();
  const add = (start: number, direction: Direction, field: keyof BucketCounts, count: number) => {
    const sample = samples.get(start) ?? {};
    const counts = sample[direction] ?? { total: 0, notAnswered: 0 };
    // The same bucket listed twice would be two groups of calls: both count.
    counts[field] = (counts[field] ?? 0) + count;
    samples.set(start, { ...sample, [direction]: counts });
  };
  for (const direction of directions) {
    const read = (items: UtelBucketItemWire[], field: keyof BucketCounts, earlier = false) => {
      for (const item of items) {
        const known = item.label === null ? null : readLabel(item.label);
        if (!known) {
          throw new UpstreamError(
            'schema',
            `${label}: unexpected answer shape (${item.labelKey} "${String(item.label).slice(0, 32)}" is not a ${bucket})`,
          );
        }
        const { wall, instants } = known;
        const [first, second] = instants;
        if (earlier) {
          // The first occurrence's share moves from the second hour to the first.
          if (first !== undefined && second !== undefined) {
            add(first, direction, field, item.callCount);
            add(second, direction, field, -item.callCount);
          }
          continue;
        }
        if (second !== undefined && firstOccurrences) add(second, direction, field, item.callCount);
        else
          add(first ?? firstInstantOfWallTime(wall, range.zone), direction, field, item.callCount);
      }
    };
    read(wire[direction].all, 'total');
    read(wire[direction].not_answered, 'notAnswered');
    if (firstOccurrences) {
      read(firstOccurrences[direction].all, 'total', true);
      read(firstOccurrences[direction].not_answered, 'notAnswered', true);
    }
  }
  return zeroFilledSeries(range, bucket, samples, directions);
}

/**
 * The end of the first occurrence of the first local hour the range holds twice (the repeated
 * hour of an autumn change), or undefined when no hour repeats.
 */
export function firstRepeatedHourEnd(range: TimeRange): DateTime | undefined {
  const seen = new Set<string>();
  for (const start of bucketStarts(range, 'hour')) {
    const wall = `${start.year}-${start.month}-${start.day} ${start.hour}`;
    if (seen.has(wall)) return start;
    seen.add(wall);
  }
  return undefined;
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

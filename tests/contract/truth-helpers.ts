import { DateTime } from 'luxon';
import { expect } from 'vitest';
import type { SeriesPoint, SummaryData } from '@/lib/model/stats';
import type { CallRecord, Direction } from '@/sim/engine/types';

/** The simulators' frozen "now": after every range below, so every call in them has ended. */
export const contractNowMs = Date.UTC(2026, 3, 1);

/** One source in Tashkent (UTC+5, no DST) and one in UTC, as the issue asks. */
export const contractZones = ['Asia/Tashkent', 'UTC'] as const;
export type ContractZone = (typeof contractZones)[number];

/**
 * A zone's local wall time with the offset it has at that instant, as the API writes times
 * (`+00:00` for UTC, never `Z`): 02:00+02:00 and 02:00+01:00 of an autumn change are two times.
 */
export function withOffset(value: DateTime): string {
  return value.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

export type Bucket = 'hour' | 'day' | 'month';

export interface ContractRange {
  name: string;
  from: string;
  to: string;
}

export const oneHour: ContractRange = {
  name: 'one hour',
  from: '2026-03-10T10:00',
  to: '2026-03-10T11:00',
};
export const acrossMidnight: ContractRange = {
  name: 'a day crossing midnight',
  from: '2026-03-10T18:00',
  to: '2026-03-11T06:00',
};
export const monthBoundary: ContractRange = {
  name: 'a month boundary',
  from: '2026-01-30',
  to: '2026-02-02',
};
export const wholeMonth: ContractRange = {
  name: 'a whole month',
  from: '2026-02-01',
  to: '2026-02-28',
};
export const contractRanges = [oneHour, acrossMidnight, monthBoundary, wholeMonth];
/**
 * A range over a year makes the simulator generate ~430 days of calls (about 7 s of CPU, half of
 * it garbage collection of the growing day cache) before anything is compared: such tests get this
 * much time, so that two test workers sharing two busy cores do not time them out.
 */
export const longRangeTimeoutMs = 90_000;

/** Longer than one upstream request may span (366 days): the app cuts it into calendar years. */
export const overAYear: ContractRange = {
  name: 'over a year',
  from: '2025-01-20',
  to: '2026-03-20',
};

export interface Span {
  fromMs: number;
  toMs: number;
}

/** docs/api.md, recounted here: local times in the zone; a date-only `to` includes that whole day. */
export function spanOf(range: ContractRange, zone: string): Span {
  const from = DateTime.fromISO(range.from, { zone });
  const to = DateTime.fromISO(range.to, { zone });
  return {
    fromMs: from.toMillis(),
    toMs: (range.to.length === 10 ? to.plus({ days: 1 }) : to).toMillis(),
  };
}

/** The echo the API must give for a local time: seconds and the zone's offset. */
export function echoOf(local: string, zone: string): string {
  return withOffset(DateTime.fromISO(local, { zone }));
}

export interface BucketSpan extends Span {
  /** The bucket's start as the API writes it. */
  start: string;
}

/** Every bucket that overlaps the span, in order, each clipped to the span (edges may be partial). */
export function bucketsOf(span: Span, bucket: Bucket, zone: string): BucketSpan[] {
  const out: BucketSpan[] = [];
  const end = DateTime.fromMillis(span.toMs, { zone });
  for (
    let start = DateTime.fromMillis(span.fromMs, { zone }).startOf(bucket);
    start < end;
    start = start.plus({ [`${bucket}s`]: 1 })
  ) {
    const next = start.plus({ [`${bucket}s`]: 1 });
    out.push({
      start: withOffset(start),
      fromMs: Math.max(start.toMillis(), span.fromMs),
      toMs: Math.min(next.toMillis(), span.toMs),
    });
  }
  return out;
}

/** Calls that started in the span (the engine's own list: `callsBetween` filters by start only). */
export function startedIn(calls: readonly CallRecord[], span: Span): CallRecord[] {
  return calls.filter((call) => call.enterMs >= span.fromMs && call.enterMs < span.toMs);
}

/**
 * One point per bucket of the span, in order: the bucket's start and the counts the kind gives
 * for the calls that started in it.
 */
export function seriesOf(
  calls: readonly CallRecord[],
  span: Span,
  bucket: Bucket,
  zone: string,
  countsOf: (inside: CallRecord[]) => Omit<SeriesPoint, 'start'>,
): SeriesPoint[] {
  return bucketsOf(span, bucket, zone).map((part) => ({
    start: part.start,
    ...countsOf(startedIn(calls, part)),
  }));
}

export function ofDirection(calls: readonly CallRecord[], direction: Direction): CallRecord[] {
  return calls.filter((call) => call.direction === direction);
}

/** A person picked the call up: an agent (incoming), the far end (outgoing), the callee (internal). */
export function reachedPerson(call: CallRecord): boolean {
  return call.outcome === 'answered';
}

export function sum(calls: readonly CallRecord[], seconds: (call: CallRecord) => number): number {
  return calls.reduce((total, call) => total + Math.round(seconds(call)), 0);
}

/** The common envelope of every statistics answer. */
export function expectEnvelope(
  body: { source: string; from: string; to: string; stale: boolean },
  sourceId: string,
  range: ContractRange,
  zone: string,
): void {
  expect(body.source).toBe(sourceId);
  expect(body.stale).toBe(false);
  expect(body.from).toBe(echoOf(range.from, zone));
  const to = range.to.length === 10 ? nextDay(range.to) : range.to;
  expect(body.to).toBe(echoOf(to, zone));
}

function nextDay(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toFormat('yyyy-MM-dd');
}

/** `?from&to[&bucket]` of a range. */
export function queryOf(range: ContractRange, bucket?: Bucket): string {
  const base = `from=${range.from}&to=${range.to}`;
  return bucket ? `${base}&bucket=${bucket}` : base;
}

/** An error answer of the API: status plus `{ error: { code, message } }`. */
export function expectApiError(
  result: { status: number; body: unknown },
  status: number,
  code: string,
): void {
  expect(result.status).toBe(status);
  expect(result.body).toMatchObject({ error: { code, message: expect.any(String) } });
}

/** The three directions of a summary answer, without its envelope. */
export function directionsOf({ incoming, outgoing, internal }: SummaryData): SummaryData {
  return { incoming, outgoing, internal };
}

/** Buckets of a true series in which a direction had no calls (where zero-filling shows). */
export function quietBuckets(
  points: readonly SeriesPoint[],
): { start: string; direction: Direction }[] {
  const directions: readonly Direction[] = ['incoming', 'outgoing', 'internal'];
  return points.flatMap((point) =>
    directions
      .filter((direction) => point[direction]?.total === 0)
      .map((direction) => ({ start: point.start, direction })),
  );
}

/** Asserts the answered series has `{0, 0}` wherever the truth had no calls (never null). */
export function expectZeroFilled(
  answered: readonly SeriesPoint[],
  truth: readonly SeriesPoint[],
): void {
  const quiet = quietBuckets(truth);
  expect(quiet.length).toBeGreaterThan(0);
  for (const { start, direction } of quiet) {
    const point = answered.find((p) => p.start === start);
    expect({ start, direction, counts: point?.[direction] }).toEqual({
      start,
      direction,
      counts: { total: 0, notAnswered: 0 },
    });
  }
}

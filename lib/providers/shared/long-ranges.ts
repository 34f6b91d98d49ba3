import type {
  AgentDirection,
  AgentStats,
  BucketCounts,
  DirectionTotals,
  ExternalNumberStats,
  SummaryData,
} from '@/lib/model/stats';
import type { Provider, StatsContext, StatsQuery } from '@/lib/providers/provider';
import type { TimeRange } from '@/lib/time/range';
import { addOrNull } from './wire-values';

/**
 * The longest range one upstream request may cover. The statistics APIs we speak refuse longer
 * ones (their simulators answer 400/422, as installations with a reporting window do), while the
 * routes allow any table range and 60 months of monthly series.
 */
export const maxRequestDays = 366;

/**
 * The range itself when it fits one request; otherwise cut at the source's local New Year, so
 * every piece is at most a calendar year and a closed year is a closed (cacheable) period.
 */
export function splitLongRange(range: TimeRange, maxDays = maxRequestDays): TimeRange[] {
  // Measured in elapsed time, as the upstreams check it, with an hour to spare for clock shifts.
  // A calendar year always fits: its DST shifts cancel out.
  const lengthMs = range.to.toMillis() - range.from.toMillis();
  if (lengthMs <= maxDays * 86_400_000 - 3_600_000) return [range];
  const pieces: TimeRange[] = [];
  let from = range.from;
  while (from < range.to) {
    const yearEnd = from.setZone(range.zone).startOf('year').plus({ years: 1 });
    const to = yearEnd < range.to ? yearEnd : range.to;
    pieces.push({ from, to, zone: range.zone });
    from = to;
  }
  return pieces;
}

type Figures = Record<string, number | null>;

/** Field-wise sums; a figure is unknown (null) when any piece does not know it. */
function sumFigures<T extends Figures>(a: T, b: T): T {
  const sum: Figures = { ...a };
  for (const key of Object.keys(a)) sum[key] = addOrNull(a[key] ?? null, b[key] ?? null);
  return sum as T;
}

/** A direction the source does not report (null) in every piece stays null; else it adds up. */
function sumNullable<T extends Figures>(a: T | null, b: T | null): T | null {
  if (a === null || b === null) return a ?? b;
  return sumFigures(a, b);
}

export function sumSummaries(parts: SummaryData[]): SummaryData {
  return parts.reduce((a, b) => ({
    incoming: sumNullable<DirectionTotals>(a.incoming, b.incoming),
    outgoing: sumNullable<DirectionTotals>(a.outgoing, b.outgoing),
    internal: sumNullable<DirectionTotals>(a.internal, b.internal),
  }));
}

/** Rows with the same key add up (first-seen order); the others are kept as they are. */
function sumRowsBy<T>(parts: T[][], keyOf: (row: T) => string, add: (seen: T, row: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const row of parts.flat()) {
    const seen = byKey.get(keyOf(row));
    byKey.set(keyOf(row), seen ? add(seen, row) : row);
  }
  return [...byKey.values()];
}

/** Rows of the same agent add up; names and extensions come from the latest piece that has one. */
export function sumAgents(parts: AgentStats[][]): AgentStats[] {
  return sumRowsBy(
    parts,
    (row) => row.id,
    (seen, row) => ({
      id: row.id,
      name: row.name ?? seen.name,
      extension: row.extension ?? seen.extension,
      incoming: sumNullable<AgentDirection>(seen.incoming, row.incoming),
      outgoing: sumNullable<AgentDirection>(seen.outgoing, row.outgoing),
    }),
  );
}

export function sumExternalNumbers(parts: ExternalNumberStats[][]): ExternalNumberStats[] {
  return sumRowsBy(
    parts,
    (row) => row.number,
    (seen, row) => ({
      number: row.number,
      incoming: sumNullable<BucketCounts>(seen.incoming, row.incoming),
      outgoing: sumNullable<BucketCounts>(seen.outgoing, row.outgoing),
      internal: sumNullable<BucketCounts>(seen.internal, row.internal),
    }),
  );
}

/** Runs `fetch` once per piece of the query's range and merges the answers. */
async function acrossPieces<T, R>(
  query: StatsQuery,
  fetch: (part: StatsQuery) => Promise<T>,
  merge: (parts: T[]) => R,
  single: (answer: T) => R,
): Promise<R> {
  const pieces = splitLongRange(query.range);
  if (pieces.length === 1) return single(await fetch(query));
  const answers = await Promise.all(pieces.map((range) => fetch({ ...query, range })));
  return merge(answers);
}

/**
 * The provider with every statistics call over more than `maxRequestDays` cut into calendar
 * years and merged: totals and table rows add up, series pieces follow each other (year starts
 * are bucket starts for every bucket that can span that long). Ranges that fit are passed on as
 * they are, so ordinary requests and their cache keys do not change.
 */
export function withLongRangesSplit(provider: Provider): Provider {
  const { fetchSummary, fetchSeries, fetchAgents, fetchExternalNumbers } = provider;
  const same = <T>(answer: T) => answer;
  return {
    ...provider,
    ...(fetchSummary && {
      fetchSummary: (query: StatsQuery, context: StatsContext) =>
        acrossPieces(query, (part) => fetchSummary(part, context), sumSummaries, same),
    }),
    ...(fetchSeries && {
      fetchSeries: (bucket, query, context) =>
        acrossPieces(
          query,
          (part) => fetchSeries(bucket, part, context),
          (parts) => parts.flat(),
          same,
        ),
    }),
    ...(fetchAgents && {
      fetchAgents: (query: StatsQuery, context: StatsContext) =>
        acrossPieces(query, (part) => fetchAgents(part, context), sumAgents, same),
    }),
    ...(fetchExternalNumbers && {
      fetchExternalNumbers: (query: StatsQuery, context: StatsContext) =>
        acrossPieces(
          query,
          (part) => fetchExternalNumbers(part, context),
          sumExternalNumbers,
          same,
        ),
    }),
  } satisfies Provider;
}

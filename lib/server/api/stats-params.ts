import { z } from 'zod';
import { seriesBuckets, type SeriesBucket, type StatsFilter } from '@/lib/model/source';
import type { StatsReport } from '@/lib/model/stats';
import type { StatsQuery } from '@/lib/providers/provider';
import {
  checkBucketLimit,
  expectedLocalTime,
  localTimePattern,
  parseRange,
} from '@/lib/time/range';
import { parseQuery, type QueryResult } from './query';

export type { StatsReport };
export const statsReports: readonly StatsReport[] = [
  'summary',
  'series',
  'agents',
  'external-numbers',
];

/** `json` answers the body; `csv` and `xlsx` give the same rows as a download (docs/api.md). */
export const statsFormats = ['json', 'csv', 'xlsx'] as const;
export type StatsFormat = (typeof statsFormats)[number];

export type StatsParams =
  | {
      ok: true;
      query: StatsQuery;
      bucket: SeriesBucket | undefined;
      filters: StatsFilter[];
      format: StatsFormat;
    }
  | { ok: false; message: string };

const localTime = (name: string) =>
  z
    .string()
    .regex(localTimePattern, {
      error: (issue) =>
        `${name} "${String(issue.input)}" is not a valid time: ${expectedLocalTime}`,
    })
    .optional()
    .meta({ description: `${expectedLocalTime}, in the source's time zone` });

/** `from` and `to`: both absent mean today (the source's business day, from its `businessDayStart`); a date-only `to` includes that day. */
export const dateRangeQuery = { from: localTime('from'), to: localTime('to') };

const filter = (name: StatsFilter, pattern: RegExp, expected: string) =>
  z
    .string()
    .regex(pattern, { message: `${name} must be ${expected}` })
    .optional()
    .meta({ description: `only calls of this ${name}, where the source supports it (else 422)` });

/** The optional statistics filters; each source honours those in its `capabilities.filters`. */
export const filtersQuery = {
  externalNumber: filter('externalNumber', /^\+?[0-9]{3,20}$/, 'a phone number of 3–20 digits'),
  queue: filter(
    'queue',
    /^[\p{L}\p{N} _.@-]{1,64}$/u,
    'a queue name or id (1–64 letters, digits, space, _ . @ -)',
  ),
  agent: filter(
    'agent',
    /^[\p{L}\p{N} _.@'-]{1,64}$/u,
    "an agent name, id or extension (1–64 letters, digits, space, _ . @ ' -)",
  ),
};

export const formatQuery = {
  format: z
    .enum(statsFormats, {
      error: (issue) =>
        `format "${String(issue.input)}" is not available; expected ${statsFormats.join(', ')}`,
    })
    .default('json')
    .meta({ description: 'json (default), or the same rows as a csv or xlsx download' }),
};

export const bucketQuery = {
  bucket: z
    .enum(seriesBuckets, {
      error: () => `bucket must be one of ${seriesBuckets.join(', ')}`,
    })
    .meta({ description: 'hour (≤ 31 days), day (≤ 366 days) or month (≤ 60 months)' }),
};

const tableQuery = z.strictObject({ ...dateRangeQuery, ...filtersQuery, ...formatQuery });
const seriesQuery = tableQuery.extend(bucketQuery);
type TableQuery = z.output<typeof tableQuery>;

/** The query string a statistics report accepts; anything else is a 400. */
export function statsQuerySchema(report: StatsReport) {
  return report === 'series' ? seriesQuery : tableQuery;
}

const filterNames = Object.keys(filtersQuery) as StatsFilter[];

/** Validates a statistics request's query string; nothing unvalidated reaches an upstream. */
export function parseStatsParams(
  search: URLSearchParams,
  report: StatsReport,
  zone: string,
  /** Where the source's "today" (no from/to) begins, `HH:MM`. */
  dayStart?: string,
): StatsParams {
  const parsed: QueryResult<TableQuery & { bucket?: SeriesBucket }> =
    report === 'series' ? parseQuery(seriesQuery, search) : parseQuery(tableQuery, search);
  if (!parsed.ok) return parsed;
  const params = parsed.value;
  const bucket = params.bucket;
  const range = parseRange(params.from, params.to, zone, undefined, dayStart);
  if (!range.ok) return { ok: false, message: range.message };
  if (bucket) {
    const tooLong = checkBucketLimit(range.range, bucket);
    if (tooLong) return { ok: false, message: `from/to: ${tooLong}` };
  }
  const query: StatsQuery = { range: range.range };
  const filters = filterNames.filter((name) => params[name] !== undefined);
  for (const name of filters) query[name] = params[name];
  return { ok: true, query, bucket, filters, format: parsed.value.format };
}

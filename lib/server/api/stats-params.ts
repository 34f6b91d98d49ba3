import { SeriesBucket, seriesBuckets } from '@/lib/model/source';
import type { StatsFilter, StatsQuery } from '@/lib/providers/provider';
import type { StatsReport } from '@/lib/model/stats';
import { checkBucketLimit, parseRange } from '@/lib/time/range';

/** Re-exported for the callers that already import it from here. */
export type { StatsReport };

/** `json` answers the body; `csv` and `xlsx` give the same rows as a download (SPEC §3). */
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

const filterPatterns: Record<StatsFilter, { pattern: RegExp; expected: string }> = {
  externalNumber: { pattern: /^\+?[0-9]{3,20}$/, expected: 'a phone number of 3–20 digits' },
  queue: {
    pattern: /^[\p{L}\p{N} _.@-]{1,64}$/u,
    expected: 'a queue name or id (1–64 letters, digits, space, _ . @ -)',
  },
  agent: {
    pattern: /^[\p{L}\p{N} _.@'-]{1,64}$/u,
    expected: "an agent name, id or extension (1–64 letters, digits, space, _ . @ ' -)",
  },
};

const common = ['from', 'to', 'externalNumber', 'queue', 'agent', 'format'];

/** Validates a statistics request's query string; nothing unvalidated reaches an upstream. */
export function parseStatsParams(
  search: URLSearchParams,
  report: StatsReport,
  zone: string,
): StatsParams {
  const allowed = report === 'series' ? [...common, 'bucket'] : common;
  for (const key of new Set(search.keys())) {
    if (!allowed.includes(key)) {
      return { ok: false, message: `unknown parameter "${key}"; expected ${allowed.join(', ')}` };
    }
    if (search.getAll(key).length > 1)
      return { ok: false, message: `parameter "${key}" is given twice` };
  }
  const format = search.get('format') ?? 'json';
  if (!isStatsFormat(format)) {
    return {
      ok: false,
      message: `format "${format}" is not available; expected ${statsFormats.join(', ')}`,
    };
  }
  let bucket: SeriesBucket | undefined;
  if (report === 'series') {
    const parsed = SeriesBucket.safeParse(search.get('bucket'));
    if (!parsed.success) {
      return { ok: false, message: `bucket must be one of ${seriesBuckets.join(', ')}` };
    }
    bucket = parsed.data;
  }
  const range = parseRange(search.get('from') ?? undefined, search.get('to') ?? undefined, zone);
  if (!range.ok) return { ok: false, message: range.message };
  if (bucket) {
    const tooLong = checkBucketLimit(range.range, bucket);
    if (tooLong) return { ok: false, message: `from/to: ${tooLong}` };
  }
  const query: StatsQuery = { range: range.range };
  const filters: StatsFilter[] = [];
  for (const name of ['externalNumber', 'queue', 'agent'] as const) {
    const value = search.get(name);
    if (value === null) continue;
    const { pattern, expected } = filterPatterns[name];
    if (!pattern.test(value)) return { ok: false, message: `${name} must be ${expected}` };
    query[name] = value;
    filters.push(name);
  }
  return { ok: true, query, bucket, filters, format };
}

function isStatsFormat(value: string): value is StatsFormat {
  return (statsFormats as readonly string[]).includes(value);
}

import type { SeriesBucket } from '@/lib/model/source';

/**
 * A statistics request as the API reads it: `from`/`to` as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`
 * in the source's zone (both absent: today) and optional filters. Query keys hold these strings,
 * never a timestamp, so one period is one cache entry however often it is asked for.
 */
export interface StatsRequest {
  from?: string;
  to?: string;
  externalNumber?: string;
  queue?: string;
  agent?: string;
}

const order = ['bucket', 'from', 'to', 'externalNumber', 'queue', 'agent'] as const;

/** The path and query string of a statistics route, parameters in a fixed order. */
export function statsPath(
  sourceId: string,
  report: 'summary' | 'series' | 'agents' | 'external-numbers',
  request: StatsRequest,
  bucket?: SeriesBucket,
): string {
  const values: Partial<Record<(typeof order)[number], string>> = { ...request, bucket };
  const search = new URLSearchParams();
  for (const name of order) {
    const value = values[name];
    if (value !== undefined && value !== '') search.set(name, value);
  }
  const query = search.toString();
  return `/api/v1/sources/${encodeURIComponent(sourceId)}/${report}${query ? `?${query}` : ''}`;
}

/** The request as a plain, ordered object for a query key (absent fields left out). */
export function requestKey(request: StatsRequest): StatsRequest {
  const key: StatsRequest = {};
  for (const name of ['from', 'to', 'externalNumber', 'queue', 'agent'] as const) {
    const value = request[name];
    if (value !== undefined && value !== '') key[name] = value;
  }
  return key;
}

import { queryOptions } from '@tanstack/react-query';
import type { SeriesBucket } from '@/lib/model/source';
import type { StatsReport } from '@/lib/model/stats';
import { SourcesResponse } from '@/lib/model/source';
import { ApiRequestError, fetchApi } from './fetch-api';
import { sourceKeys } from './sources';
import { statsPath, type StatsRequest } from './stats-request';

/** Sources as the reports page reads them, each with the filters it honours. */
export const reportSourcesQuery = () =>
  queryOptions({
    queryKey: [...sourceKeys.all, 'list', 'reports'] as const,
    queryFn: ({ signal }) => fetchApi('/api/v1/sources', SourcesResponse, signal),
    staleTime: 60_000,
  });

/**
 * `upstream_busy` (503) means the upstream's rate limit or the source's request budget is spent
 * while a derived report fills its cache (closed periods are kept, so each try gets further):
 * keep trying for about three minutes. Other failures, an unreachable upstream included, get
 * three more tries over about ten seconds, enough for the server's circuit breaker (one probe
 * per 4 s) to let a recovered upstream through, and then say what failed; bad input and other
 * 4xx are never retried.
 */
export function shouldRetryReport(failureCount: number, error: Error): boolean {
  if (!(error instanceof ApiRequestError)) return failureCount < 3;
  if (error.code === 'upstream_busy') return failureCount < 36;
  if (error.status >= 400 && error.status < 500) return false;
  return failureCount < 3;
}

/** Retry settings for the report's statistics queries (see shouldRetryReport). */
export const reportRetry = {
  retry: shouldRetryReport,
  retryDelay: (attempt: number) => Math.min(5000, 1000 * 2 ** attempt),
} as const;

/** The API path of a report as a CSV or XLSX download of the same rows. */
export function reportExportPath(
  sourceId: string,
  report: StatsReport,
  request: StatsRequest,
  format: 'csv' | 'xlsx',
  bucket?: SeriesBucket,
): string {
  const path = statsPath(sourceId, report, request, bucket);
  return `${path}${path.includes('?') ? '&' : '?'}format=${format}`;
}

import { queryOptions } from '@tanstack/react-query';
import type { SeriesBucket } from '@/lib/model/source';
import {
  AgentsResponse,
  ExternalNumbersResponse,
  SeriesResponse,
  SummaryResponse,
} from '@/lib/model/stats';
import { fetchApi } from './fetch-api';
import { sourceKeys } from './sources';
import { requestKey, statsPath, type StatsRequest } from './stats-request';

export type { StatsRequest };

/** Figures of a period that includes now change by a few calls a minute and cost upstream calls. */
export const summaryRefreshMs = 60_000;

/** Query keys of the statistics routes: by source, report and the request's range strings. */
export const statsKeys = {
  all: (sourceId: string) => [...sourceKeys.all, sourceId, 'stats'] as const,
  summary: (sourceId: string, request: StatsRequest) =>
    [...statsKeys.all(sourceId), 'summary', requestKey(request)] as const,
  series: (sourceId: string, bucket: SeriesBucket, request: StatsRequest) =>
    [...statsKeys.all(sourceId), 'series', bucket, requestKey(request)] as const,
  agents: (sourceId: string, request: StatsRequest) =>
    [...statsKeys.all(sourceId), 'agents', requestKey(request)] as const,
  externalNumbers: (sourceId: string, request: StatsRequest) =>
    [...statsKeys.all(sourceId), 'external-numbers', requestKey(request)] as const,
};

// Statistics answers are slow to make upstream: retry once, and never refetch just on focus.
const statsDefaults = { retry: 1, refetchOnWindowFocus: false } as const;

export const summaryQuery = (sourceId: string, request: StatsRequest) =>
  queryOptions({
    queryKey: statsKeys.summary(sourceId, request),
    queryFn: ({ signal }) =>
      fetchApi(statsPath(sourceId, 'summary', request), SummaryResponse, signal),
    ...statsDefaults,
  });

export const seriesQuery = (sourceId: string, bucket: SeriesBucket, request: StatsRequest) =>
  queryOptions({
    queryKey: statsKeys.series(sourceId, bucket, request),
    queryFn: ({ signal }) =>
      fetchApi(statsPath(sourceId, 'series', request, bucket), SeriesResponse, signal),
    ...statsDefaults,
  });

export const agentsQuery = (sourceId: string, request: StatsRequest) =>
  queryOptions({
    queryKey: statsKeys.agents(sourceId, request),
    queryFn: ({ signal }) =>
      fetchApi(statsPath(sourceId, 'agents', request), AgentsResponse, signal),
    ...statsDefaults,
  });

export const externalNumbersQuery = (sourceId: string, request: StatsRequest) =>
  queryOptions({
    queryKey: statsKeys.externalNumbers(sourceId, request),
    queryFn: ({ signal }) =>
      fetchApi(statsPath(sourceId, 'external-numbers', request), ExternalNumbersResponse, signal),
    ...statsDefaults,
  });

/** Today's totals (no from/to: the server reads "today" in the source's zone), refreshed. */
export const todaySummaryQuery = (sourceId: string) =>
  queryOptions({ ...summaryQuery(sourceId, {}), refetchInterval: summaryRefreshMs });

import { queryOptions } from '@tanstack/react-query';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import { SourcesResponse } from '@/lib/model/source';
import { SummaryResponse } from '@/lib/model/stats';
import { fetchApi } from './fetch-api';

/** How often wallboard screens ask for live queues; the server polls upstreams once per period. */
export const liveRefreshMs = 5000;

export const sourceKeys = {
  all: ['sources'] as const,
  list: () => [...sourceKeys.all, 'list'] as const,
  liveQueues: (id: string) => [...sourceKeys.all, id, 'queues', 'live'] as const,
};

export const sourcesQuery = () =>
  queryOptions({
    queryKey: sourceKeys.list(),
    queryFn: ({ signal }) => fetchApi('/api/v1/sources', SourcesResponse, signal),
    refetchInterval: 30_000,
  });

export const liveQueuesQuery = (sourceId: string) =>
  queryOptions({
    queryKey: sourceKeys.liveQueues(sourceId),
    queryFn: ({ signal }) =>
      fetchApi(
        `/api/v1/sources/${encodeURIComponent(sourceId)}/queues/live`,
        LiveQueuesResponse,
        signal,
      ),
    refetchInterval: liveRefreshMs,
    refetchIntervalInBackground: true,
    retry: false,
  });

/** Today's totals refresh slowly: they change by a few calls a minute and cost upstream requests. */
export const summaryRefreshMs = 60_000;

export const todaySummaryQuery = (sourceId: string) =>
  queryOptions({
    queryKey: [...sourceKeys.all, sourceId, 'summary', 'today'] as const,
    queryFn: ({ signal }) =>
      fetchApi(`/api/v1/sources/${encodeURIComponent(sourceId)}/summary`, SummaryResponse, signal),
    refetchInterval: summaryRefreshMs,
  });

import { queryOptions } from '@tanstack/react-query';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import { SourcesResponse } from '@/lib/model/source';
import { fetchApi } from './fetch-api';
import { refreshMsOf } from './live-freshness';

export const sourceKeys = {
  all: ['sources'] as const,
  list: () => [...sourceKeys.all, 'list'] as const,
  liveQueues: (id: string) => [...sourceKeys.all, id, 'queues', 'live'] as const,
};

/** The source list refreshes slowly; it carries health, which the live data path also reflects. */
export const sourcesRefreshMs = 30_000;

export const sourcesQuery = () =>
  queryOptions({
    queryKey: sourceKeys.list(),
    queryFn: ({ signal }) => fetchApi('/api/v1/sources', SourcesResponse, signal),
    refetchInterval: sourcesRefreshMs,
  });

/** Live queues, polled at the source's own period (`refreshSeconds` from GET /api/v1/sources). */
export const liveQueuesQuery = (sourceId: string, refreshSeconds?: number) =>
  queryOptions({
    queryKey: sourceKeys.liveQueues(sourceId),
    queryFn: ({ signal }) =>
      fetchApi(
        `/api/v1/sources/${encodeURIComponent(sourceId)}/queues/live`,
        LiveQueuesResponse,
        signal,
      ),
    refetchInterval: refreshMsOf(refreshSeconds),
    refetchIntervalInBackground: true,
    retry: false,
  });

'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import { followEventStream } from './event-stream';
import { redirectToSignIn } from './fetch-api';
import { refreshMsOf } from './live-freshness';
import { liveQueuesQuery, sourceKeys } from './sources';

/**
 * Live queues of one source, pushed over SSE into the query cache; while the stream is down the
 * query polls instead (every `refreshSeconds`, the source's own period), so the screen keeps
 * updating either way.
 */
export function useLiveQueues(sourceId: string, refreshSeconds?: number) {
  const queryClient = useQueryClient();
  const [streaming, setStreaming] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    void followEventStream({
      url: `/api/v1/sources/${encodeURIComponent(sourceId)}/queues/live/stream`,
      signal: controller.signal,
      onConnectedChange: setStreaming,
      onUnauthorized: redirectToSignIn,
      onEvent: (message) => {
        if (message.event !== 'snapshot') return;
        const parsed = LiveQueuesResponse.safeParse(safeJson(message.data));
        if (parsed.success) queryClient.setQueryData(sourceKeys.liveQueues(sourceId), parsed.data);
      },
    });
    return () => controller.abort();
  }, [queryClient, sourceId]);

  const query = useQuery({
    ...liveQueuesQuery(sourceId, refreshSeconds),
    refetchInterval: streaming ? false : refreshMsOf(refreshSeconds),
  });
  return { ...query, streaming };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

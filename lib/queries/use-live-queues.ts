'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import { followEventStream } from './event-stream';
import { redirectToSignIn } from './fetch-api';
import { liveQueuesQuery, liveRefreshMs, sourceKeys } from './sources';

/**
 * Live queues of one source, pushed over SSE into the query cache; while the stream is down the
 * query polls instead, so the screen keeps updating either way.
 */
export function useLiveQueues(sourceId: string) {
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
    ...liveQueuesQuery(sourceId),
    refetchInterval: streaming ? false : liveRefreshMs,
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

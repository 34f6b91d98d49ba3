'use client';

import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import { SeriesResponse } from '@/lib/model/stats';
import { followEventStream } from './event-stream';
import { ApiRequestError } from './fetch-api';

/**
 * A TV's GET: unlike fetchApi it never sends the browser to sign in — a screen has no one to
 * sign in; a 401/403 means its display link stopped working, which the board checks by heartbeat.
 */
export async function fetchTv<T extends z.ZodType>(
  path: string,
  schema: T,
  signal: AbortSignal,
  onLinkLost: () => void,
): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      signal,
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw new ApiRequestError(0, 'Callboard server not reachable');
  }
  if (response.status === 401 || response.status === 403) onLinkLost();
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiRequestError(response.status, `HTTP ${response.status}`);
  return schema.parse(body);
}

export const tvKeys = {
  live: (source: string) => ['tv', source, 'live'] as const,
  hourly: (source: string) => ['tv', source, 'series', 'hour', 'today'] as const,
};

/**
 * A source's live stream, pushed into the query cache. A board opens it once per source
 * (`TvLiveStreams`), not once per widget: browsers keep at most six connections per host, so
 * one stream per widget starved the heartbeat and the other requests on a busy board.
 */
export function useTvLiveStream(
  source: string,
  onLinkLost: () => void,
  onStreamingChange: (source: string, streaming: boolean) => void,
) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const controller = new AbortController();
    const path = `/api/v1/sources/${encodeURIComponent(source)}/queues/live/stream`;
    void followEventStream({
      url: path,
      signal: controller.signal,
      onConnectedChange: (connected) => onStreamingChange(source, connected),
      onUnauthorized: onLinkLost,
      onEvent: (message) => {
        if (message.event !== 'snapshot') return;
        const parsed = LiveQueuesResponse.safeParse(safeJson(message.data));
        if (parsed.success) queryClient.setQueryData(tvKeys.live(source), parsed.data);
      },
    });
    return () => controller.abort();
  }, [queryClient, source, onLinkLost, onStreamingChange]);
}

/** Live queues from the cache the board's stream fills, polled every `refreshMs` while it is down. */
export function useTvLiveQueues(
  source: string,
  refreshMs: number,
  streaming: boolean,
  onLinkLost: () => void,
) {
  const path = `/api/v1/sources/${encodeURIComponent(source)}/queues/live`;
  return useQuery({
    queryKey: tvKeys.live(source),
    queryFn: ({ signal }) => fetchTv(path, LiveQueuesResponse, signal, onLinkLost),
    refetchInterval: streaming ? false : refreshMs,
    refetchIntervalInBackground: true,
    retry: false,
  });
}

/** Today's hours change slowly and cost upstream requests: once a minute is plenty for a TV. */
export const hourlyRefreshMs = 60_000;

export const tvHourlyQuery = (source: string, onLinkLost: () => void) =>
  queryOptions({
    queryKey: tvKeys.hourly(source),
    queryFn: ({ signal }) =>
      fetchTv(
        `/api/v1/sources/${encodeURIComponent(source)}/series?bucket=hour`,
        SeriesResponse,
        signal,
        onLinkLost,
      ),
    refetchInterval: hourlyRefreshMs,
    refetchIntervalInBackground: true,
    retry: false,
  });

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

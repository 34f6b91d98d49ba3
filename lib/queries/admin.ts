import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { BoardsResponse, DisplayLinksResponse } from '@/lib/model/admin';
import { ApiRequestError, fetchApi } from './fetch-api';

export const adminKeys = {
  boards: ['admin', 'boards'] as const,
  links: ['admin', 'display-links'] as const,
};

export const boardsQuery = () =>
  queryOptions({
    queryKey: adminKeys.boards,
    queryFn: ({ signal }) => fetchApi('/api/v1/admin/boards', BoardsResponse, signal),
  });

/** Links and their screens' heartbeats: refreshed often enough to see a screen come and go. */
export const displayLinksQuery = () =>
  queryOptions({
    queryKey: adminKeys.links,
    queryFn: ({ signal }) => fetchApi('/api/v1/admin/display-links', DisplayLinksResponse, signal),
    refetchInterval: 10_000,
  });

/** A write to an admin route; throws ApiRequestError with the server's message on failure. */
export async function adminWrite<T extends z.ZodType>(
  method: 'POST' | 'DELETE' | 'PATCH' | 'PUT',
  path: string,
  schema: T,
  body?: unknown,
): Promise<z.output<T>> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => {
    throw new ApiRequestError(0, 'Callboard server not reachable');
  });
  const parsed: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message =
      parsed && typeof parsed === 'object' && 'error' in parsed
        ? String((parsed.error as { message?: unknown }).message ?? `HTTP ${response.status}`)
        : `HTTP ${response.status}`;
    throw new ApiRequestError(response.status, message);
  }
  return schema.parse(parsed);
}

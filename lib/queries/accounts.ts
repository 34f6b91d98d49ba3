import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  ApiTokensResponse,
  AuditResponse,
  UsersResponse,
  VisibilityResponse,
} from '@/lib/model/accounts';
import { fetchApi } from './fetch-api';

/** The /admin account pages' data; every key starts with 'admin' so one invalidation refreshes all. */
export const accountKeys = {
  users: ['admin', 'users'] as const,
  tokens: ['admin', 'tokens'] as const,
  visibility: ['admin', 'visibility'] as const,
  audit: (page: number) => ['admin', 'audit', page] as const,
};

export const usersQuery = () =>
  queryOptions({
    queryKey: accountKeys.users,
    queryFn: ({ signal }) => fetchApi('/api/v1/admin/users', UsersResponse, signal),
  });

export const tokensQuery = () =>
  queryOptions({
    queryKey: accountKeys.tokens,
    queryFn: ({ signal }) => fetchApi('/api/v1/admin/tokens', ApiTokensResponse, signal),
  });

export const visibilityQuery = () =>
  queryOptions({
    queryKey: accountKeys.visibility,
    queryFn: ({ signal }) => fetchApi('/api/v1/admin/visibility', VisibilityResponse, signal),
  });

export const auditPageSize = 25;

export const auditQuery = (page: number) =>
  queryOptions({
    queryKey: accountKeys.audit(page),
    queryFn: ({ signal }) =>
      fetchApi(`/api/v1/admin/audit?page=${page}&pageSize=${auditPageSize}`, AuditResponse, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });

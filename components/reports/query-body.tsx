'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { EmptyBlock, ErrorBlock, FetchingNote, LoadingBlock, StaleNote } from './query-status';

/** What every statistics answer carries besides its figures. */
interface Envelope {
  stale: boolean;
  fetchedAt: string;
  staleReason?: string;
}

/**
 * The states every report card goes through, in one place: how long the fetch has run (and the
 * upstream's "busy" while it retries), a stale answer with its reason, the error with a retry
 * once the retries are spent, a skeleton while loading, the empty state, then the figures.
 */
export function QueryBody<D extends Envelope>({
  query,
  what,
  loadingClassName,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<D, Error>;
  /** The report in words, for "Loading {what}…" and the error's "{what} could not be loaded". */
  what: string;
  loadingClassName?: string;
  isEmpty: (data: D) => boolean;
  empty: string;
  children: (data: D) => ReactNode;
}) {
  const t = useTranslations('reports.status');
  const { data, error } = query;
  return (
    <>
      <FetchingNote
        fetching={query.isFetching}
        failureCount={query.failureCount}
        failureReason={query.failureReason}
      />
      {data && (
        <StaleNote stale={data.stale} fetchedAt={data.fetchedAt} reason={data.staleReason} />
      )}
      {!data ? (
        error && !query.isFetching ? (
          <ErrorBlock what={what} error={error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingBlock label={t('loading', { what })} className={loadingClassName} />
        )
      ) : isEmpty(data) ? (
        <EmptyBlock>{empty}</EmptyBlock>
      ) : (
        children(data)
      )}
    </>
  );
}

'use client';

import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { StatsEnvelope } from '@/lib/model/stats';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDuration } from '@/components/ui/format';
import { useNow } from '@/components/ui/use-now';
import { secondsSince } from './data-age';
import { StaleNotice } from './stale-notice';

/**
 * The four states of a statistics view: loading (skeleton), error (what failed; retried by the
 * query), stale (last good data with its age and reason) and the data itself.
 */
export function StatsBlock<T extends StatsEnvelope>({
  what,
  data,
  error,
  skeletonClassName = 'h-48',
  children,
}: {
  /** What is loaded, for messages ("today's agents"). */
  what: string;
  data: T | undefined;
  error: Error | null;
  skeletonClassName?: string;
  children: (data: T) => ReactNode;
}) {
  const t = useTranslations('source');
  const locale = useLocale();
  const now = useNow();
  if (!data) {
    if (error) {
      return (
        <p role="alert" className="rounded-lg border border-alert/60 bg-alert/15 p-4 text-sm">
          {t('statsError', { what, reason: error.message })}
        </p>
      );
    }
    return (
      <div role="status" aria-label={what}>
        <Skeleton className={skeletonClassName} />
      </div>
    );
  }
  const age = secondsSince(data.fetchedAt, now) ?? 0;
  return (
    <div className="flex flex-col gap-3" data-stale={data.stale}>
      {(data.stale || error) && (
        <StaleNotice title={t('staleTitle')}>
          {t('statsStale', {
            age: formatDuration(age, locale),
            reason: error?.message ?? data.staleReason ?? '—',
          })}
        </StaleNotice>
      )}
      {children(data)}
    </div>
  );
}

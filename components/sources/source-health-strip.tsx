'use client';

import { useLocale, useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { formatDuration } from '@/components/ui/format';
import { cn } from '@/components/ui/cn';
import { Tooltip } from '@/components/ui/tooltip';
import { useNow } from '@/components/ui/use-now';
import { secondsSince } from './data-age';
import { HealthBadge } from './health-badge';

export interface DataFreshness {
  ageSeconds: number;
  stale: boolean;
}

/**
 * Always-visible health of one source: status, last successful upstream request, and the age of
 * the data on screen (null freshness: no data yet).
 */
export function SourceHealthStrip({
  source,
  freshness,
  className,
}: {
  source: SourceInfo;
  freshness: DataFreshness | null;
  className?: string;
}) {
  const t = useTranslations('health');
  const locale = useLocale();
  const now = useNow();
  const sinceSuccess = secondsSince(source.health.lastSuccessAt, now);
  return (
    <div
      role="group"
      aria-label={t('label', { source: source.name })}
      data-testid="health-strip"
      className={cn(
        'flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border border-border bg-surface-raised/60 px-3 py-1.5 text-sm text-muted',
        className,
      )}
    >
      <HealthBadge status={source.health.status} />
      <span>
        {sinceSuccess === null
          ? t('neverSucceeded')
          : t('lastSuccess', { age: formatDuration(sinceSuccess, locale) })}
      </span>
      <span data-testid="data-age" className={cn(freshness?.stale && 'font-medium text-warn')}>
        {freshness === null
          ? t('noData')
          : t(freshness.stale ? 'dataStale' : 'dataAge', {
              age: formatDuration(freshness.ageSeconds, locale),
            })}
      </span>
      {source.health.lastError && source.health.status !== 'ok' && (
        // Truncated to one line; the whole error opens on hover and on keyboard focus.
        <Tooltip content={source.health.lastError} className="min-w-0" side="bottom">
          <span className="min-w-0 truncate">
            {t('lastError', { error: source.health.lastError })}
          </span>
        </Tooltip>
      )}
    </div>
  );
}

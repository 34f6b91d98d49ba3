'use client';

import { useLocale, useTranslations } from 'use-intl';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDuration } from '@/components/ui/format';
import type { SourceInfo } from '@/lib/model/source';
import { QueuePanel } from './queue-panel';
import { QueuesAnnouncer } from './queues-announcer';
import { StaleNotice } from './stale-notice';
import { useAgentStates } from './use-agent-states';
import type { LiveSource } from './use-live-source';

/** The live half of a source page: every queue with its waiting callers and agent states. */
export function LiveQueuesSection({ source, live }: { source: SourceInfo; live: LiveSource }) {
  const t = useTranslations('source');
  const locale = useLocale();
  const seen = useAgentStates(live.data, live.receivedAtMs);
  const { data, error, freshness } = live;

  if (!data || !freshness) {
    if (error) {
      return (
        <p role="alert" className="rounded-lg border border-alert/60 bg-alert/15 p-4">
          {t('liveError', { reason: error.message })}
        </p>
      );
    }
    return (
      <div role="status" aria-label={t('liveTitle')} className="flex flex-col gap-3">
        <Skeleton className="h-24" />
        <Skeleton className="h-64" />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {freshness.stale && (
        <StaleNotice title={t('staleTitle')}>
          {t('staleText', {
            age: formatDuration(freshness.ageSeconds, locale),
            reason: freshness.reason ?? '—',
          })}
        </StaleNotice>
      )}
      <QueuesAnnouncer queues={data.queues} />
      {data.queues.length === 0 && <p className="text-muted">{t('noQueues')}</p>}
      {data.queues.map((queue) => (
        <QueuePanel
          key={queue.id}
          queue={queue}
          source={source}
          ageSeconds={freshness.ageSeconds}
          stale={freshness.stale}
          seen={seen}
          nowMs={live.nowMs}
        />
      ))}
    </div>
  );
}

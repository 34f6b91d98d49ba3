'use client';

import { useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { QueueTile, type TileFreshness } from '@/components/tiles/queue-tile';
import { Skeleton } from '@/components/ui/skeleton';
import type { LiveSource } from '@/components/sources/use-live-source';
import { QueuesAnnouncer } from '@/components/sources/queues-announcer';
import { useReportSourceStatus } from './source-status';

/** The live tiles of one source; on failure the last data stays, marked stale, never blanked. */
export function SourceQueues({ source, live }: { source: SourceInfo; live: LiveSource }) {
  const t = useTranslations('wallboard');
  const { data, error, freshness } = live;
  const stale = freshness ? freshness.stale : Boolean(error);
  const reason = freshness ? freshness.reason : error?.message;
  useReportSourceStatus(
    source.id,
    stale ? { name: source.name, reason: reason ?? t('noUpdate') } : null,
  );

  if (!data || !freshness) {
    if (!error) {
      return (
        <div
          role="status"
          aria-label={t('loading')}
          className="grid grid-cols-[repeat(auto-fill,minmax(20rem,1fr))] gap-4"
        >
          <Skeleton className="h-72" />
          <Skeleton className="h-72" />
        </div>
      );
    }
    return (
      <p role="alert" className="rounded-xl border border-alert/60 bg-alert/15 p-4 text-foreground">
        {t('sourceNoData', { source: source.name, reason: error.message })} {t('retrying')}
      </p>
    );
  }

  const tileFreshness: TileFreshness = {
    ageSeconds: freshness.ageSeconds,
    stale: freshness.stale,
    reason: freshness.reason,
  };

  return data.queues.length === 0 ? (
    <p className="text-muted">{t('noQueues', { source: source.name })}</p>
  ) : (
    <div className="grid grid-cols-[repeat(auto-fill,minmax(20rem,1fr))] gap-4">
      <QueuesAnnouncer queues={data.queues} />
      {data.queues.map((queue) => (
        <QueueTile
          key={queue.id}
          queue={queue}
          sourceName={source.name}
          freshness={tileFreshness}
          href={`/sources/${encodeURIComponent(source.id)}`}
        />
      ))}
    </div>
  );
}

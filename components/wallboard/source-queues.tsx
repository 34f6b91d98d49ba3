'use client';

import { useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { liveFreshness } from '@/lib/queries/live-freshness';
import { useLiveQueues } from '@/lib/queries/use-live-queues';
import { QueueTile, type TileFreshness } from '@/components/tiles/queue-tile';
import { useNow } from '@/components/ui/use-now';
import { useReportSourceStatus } from './source-status';

/** The live tiles of one source; on failure the last data stays, marked stale, never blanked. */
export function SourceQueues({ source }: { source: SourceInfo }) {
  const t = useTranslations('wallboard');
  const query = useLiveQueues(source.id, source.refreshSeconds);
  const now = useNow();
  const { data, error, dataUpdatedAt } = query;

  // Our own server unreachable, or answers stopped coming: the data on screen is no longer live.
  const { ageSeconds, stale, reason } = data
    ? liveFreshness({
        serverAgeSeconds: data.ageSeconds,
        receivedAtMs: dataUpdatedAt,
        nowMs: now,
        refreshSeconds: source.refreshSeconds,
        serverStale: data.stale,
        serverReason: data.staleReason,
        requestError: error?.message,
        noUpdateReason: t('noUpdate'),
      })
    : { ageSeconds: 0, stale: Boolean(error), reason: error?.message };
  useReportSourceStatus(
    source.id,
    stale ? { name: source.name, reason: reason ?? t('noUpdate') } : null,
  );

  if (!data) {
    if (!error) return <p className="text-muted">{t('loading')}</p>;
    return (
      <p role="alert" className="rounded-xl border border-alert/60 bg-alert/15 p-4 text-foreground">
        {t('sourceNoData', { source: source.name, reason: error.message })} {t('retrying')}
      </p>
    );
  }

  const freshness: TileFreshness = { ageSeconds, stale, reason };

  return (
    <div className="flex flex-col gap-3">
      {data.queues.length === 0 ? (
        <p className="text-muted">{t('noQueues', { source: source.name })}</p>
      ) : (
        <div className="grid grid-cols-[repeat(auto-fill,minmax(20rem,1fr))] gap-4">
          {data.queues.map((queue) => (
            <QueueTile
              key={queue.id}
              queue={queue}
              sourceName={source.name}
              freshness={freshness}
            />
          ))}
        </div>
      )}
    </div>
  );
}

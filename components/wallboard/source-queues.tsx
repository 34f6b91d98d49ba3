'use client';

import { useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { liveRefreshMs } from '@/lib/queries/sources';
import { useLiveQueues } from '@/lib/queries/use-live-queues';
import { QueueTile, type TileFreshness } from '@/components/tiles/queue-tile';
import { useNow } from '@/components/ui/use-now';
import { useReportSourceStatus } from './source-status';

/** The live tiles of one source; on failure the last data stays, marked stale, never blanked. */
export function SourceQueues({ source }: { source: SourceInfo }) {
  const t = useTranslations('wallboard');
  const query = useLiveQueues(source.id);
  const now = useNow();
  const { data, error, dataUpdatedAt } = query;

  const ageSeconds = data ? (data.ageSeconds ?? 0) + Math.max(0, (now - dataUpdatedAt) / 1000) : 0;
  // Our own server unreachable, or answers stopped coming: the data on screen is no longer live.
  const overdue = data !== undefined && now - dataUpdatedAt > 3 * liveRefreshMs;
  const reason = error?.message ?? data?.staleReason ?? (overdue ? t('noUpdate') : undefined);
  const stale = data === undefined ? Boolean(error) : data.stale || Boolean(error) || overdue;
  useReportSourceStatus(
    source.id,
    stale ? { name: source.name, reason: reason ?? t('noUpdate') } : null,
  );

  if (!data) {
    if (!error) return <p className="text-slate-400">{t('loading')}</p>;
    return (
      <p role="alert" className="rounded-xl border border-red-900 bg-red-950/60 p-4 text-red-200">
        {t('sourceNoData', { source: source.name, reason: error.message })} {t('retrying')}
      </p>
    );
  }

  const freshness: TileFreshness = { ageSeconds, stale, reason };

  return (
    <div className="flex flex-col gap-3">
      {data.queues.length === 0 ? (
        <p className="text-slate-400">{t('noQueues', { source: source.name })}</p>
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

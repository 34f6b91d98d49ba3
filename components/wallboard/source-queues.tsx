'use client';

import { useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { liveRefreshMs } from '@/lib/queries/sources';
import { useLiveQueues } from '@/lib/queries/use-live-queues';
import { QueueTile, type TileFreshness } from '@/components/tiles/queue-tile';
import { useNow } from '@/components/ui/use-now';

/** The live tiles of one source; on failure the last data stays, marked stale, never blanked. */
export function SourceQueues({ source }: { source: SourceInfo }) {
  const t = useTranslations('wallboard');
  const query = useLiveQueues(source.id);
  const now = useNow();
  const { data, error, dataUpdatedAt } = query;

  if (!data) {
    if (!error) return <p className="text-slate-400">{t('loading')}</p>;
    return (
      <p role="alert" className="rounded-xl border border-red-900 bg-red-950/60 p-4 text-red-200">
        {t('sourceNoData', { source: source.name, reason: error.message })} {t('retrying')}
      </p>
    );
  }

  const ageSeconds = (data.ageSeconds ?? 0) + Math.max(0, (now - dataUpdatedAt) / 1000);
  // Our own server unreachable, or answers stopped coming: the data on screen is no longer live.
  const overdue = now - dataUpdatedAt > 3 * liveRefreshMs;
  const reason = error?.message ?? data.staleReason ?? (overdue ? 'no update received' : undefined);
  const freshness: TileFreshness = {
    ageSeconds,
    stale: data.stale || Boolean(error) || overdue,
    reason,
  };

  return (
    <div className="flex flex-col gap-3">
      {freshness.stale && (
        <p
          role="alert"
          className="rounded-xl border border-amber-800 bg-amber-950/60 p-3 text-amber-100"
        >
          {t('sourceDown', { source: source.name, reason: reason ?? '' })}
        </p>
      )}
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

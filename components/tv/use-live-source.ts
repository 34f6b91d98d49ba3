'use client';

import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { useNow } from '@/components/ui/use-now';
import { useTvLiveQueues } from '@/lib/queries/tv';
import { useTv } from './tv-context';
import type { Freshness } from './widget-frame';

/**
 * A source's live queues for a widget, with their freshness: the server's age plus the time since
 * it arrived; stale when the server says so, when our own requests fail, or when updates stop.
 */
export function useLiveSource(sourceId: string) {
  const t = useTranslations('tv');
  const { sources, streaming, onLinkLost, markGood } = useTv();
  const refreshMs = (sources[sourceId]?.refreshSeconds ?? 5) * 1000;
  const query = useTvLiveQueues(sourceId, refreshMs, streaming[sourceId] ?? false, onLinkLost);
  const now = useNow();
  const { data, error, dataUpdatedAt } = query;

  useEffect(() => {
    if (data && !data.stale) markGood();
  }, [data, markGood]);

  if (!data) return { data: undefined, freshness: null, readingKey: null, error };
  const ageSeconds = (data.ageSeconds ?? 0) + Math.max(0, (now - dataUpdatedAt) / 1000);
  const overdue = now - dataUpdatedAt > 3 * refreshMs;
  const reason = data.staleReason ?? error?.message ?? (overdue ? t('noUpdate') : undefined);
  const freshness: Freshness = {
    ageSeconds,
    stale: data.stale || Boolean(error) || overdue,
    reason,
  };
  return { data, freshness, readingKey: data.fetchedAt, error };
}

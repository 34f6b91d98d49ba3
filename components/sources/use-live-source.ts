'use client';

import { useTranslations } from 'use-intl';
import type { LiveQueuesResponse } from '@/lib/model/live-queues';
import type { SourceInfo } from '@/lib/model/source';
import { liveFreshness, type LiveFreshness } from '@/lib/queries/live-freshness';
import { useLiveQueues } from '@/lib/queries/use-live-queues';
import { useNow } from '@/components/ui/use-now';

export interface LiveSource {
  data: LiveQueuesResponse | undefined;
  /** Our request's failure, when there is one. */
  error: Error | null;
  /** Null until the first answer. */
  freshness: LiveFreshness | null;
  /** When the browser received the data on screen (ms since epoch). */
  receivedAtMs: number;
  nowMs: number;
}

/**
 * One source's live queues (one stream per call: use it once per page section) with their
 * freshness, re-evaluated every second so ages tick and overdue data turns stale.
 */
export function useLiveSource(source: SourceInfo): LiveSource {
  const t = useTranslations('wallboard');
  const { data, error, dataUpdatedAt } = useLiveQueues(source.id, source.refreshSeconds);
  const now = useNow();
  const freshness = data
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
    : null;
  return { data, error, freshness, receivedAtMs: dataUpdatedAt, nowMs: now };
}

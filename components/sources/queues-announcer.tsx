'use client';

import { useTranslations } from 'use-intl';
import { LiveAnnouncer } from '@/components/ui/live-announcer';
import type { LiveQueue } from '@/lib/model/live-queues';

/**
 * Tells screen-reader users, politely and at most every 30 s, how many callers wait and how many
 * agents are free per queue; waits that tick every second are left out, so it speaks on changes.
 */
export function QueuesAnnouncer({ queues }: { queues: readonly LiveQueue[] }) {
  const t = useTranslations('liveAnnounce');
  const message = queues
    .map((queue) =>
      queue.agents.available === null
        ? t('queue', { queue: queue.name, waiting: queue.waiting.length })
        : t('queueAgents', {
            queue: queue.name,
            waiting: queue.waiting.length,
            available: queue.agents.available,
          }),
    )
    .join('. ');
  return <LiveAnnouncer message={message} />;
}

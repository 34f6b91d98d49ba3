'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'use-intl';
import type { LiveQueue } from '@/lib/model/live-queues';
import { formatCount, formatDuration } from '@/components/ui/format';
import { Stat } from './stat';
import { defaultThresholds, toneClasses, toneFor } from './thresholds';

export interface TileFreshness {
  ageSeconds: number;
  stale: boolean;
  reason: string | undefined;
}

/** A live queue at a glance: waiting callers, longest wait, agent states, today's outcomes. */
export function QueueTile({
  queue,
  sourceName,
  freshness,
  href,
}: {
  queue: LiveQueue;
  sourceName: string;
  freshness: TileFreshness;
  /** Where the queue's name leads (the source's page), when it is a link. */
  href?: string;
}) {
  const t = useTranslations('tile');
  const locale = useLocale();
  const k = useTranslations('kpi');
  const unknown = t('unknown');
  const waiting = queue.waiting.length;
  const waitingTone = toneFor(waiting, defaultThresholds.waiting);
  const waitTone = toneFor(queue.longestWaitSeconds, defaultThresholds.longestWaitSeconds);
  const age = formatDuration(freshness.ageSeconds, locale);

  return (
    <article
      aria-label={`${queue.name} — ${sourceName}`}
      data-testid="queue-tile"
      data-stale={freshness.stale}
      className={`flex flex-col gap-4 rounded-2xl border p-5 ${
        freshness.stale
          ? 'stale-hatch border-dashed border-stale opacity-80'
          : 'border-border bg-surface-raised'
      }`}
    >
      <header className="flex items-baseline justify-between gap-2">
        <h3 className="truncate text-xl font-semibold">
          {href ? (
            <Link href={href} className="hover:underline focus-visible:underline">
              {queue.name}
            </Link>
          ) : (
            queue.name
          )}
        </h3>
        <span className="truncate text-sm text-muted">{sourceName}</span>
      </header>

      <dl className="grid grid-cols-2 gap-4">
        <Stat
          label={t('waiting')}
          hint={k('waiting')}
          className={`text-5xl ${toneClasses[waitingTone]}`}
        >
          {waiting}
        </Stat>
        <Stat
          label={t('longestWait')}
          hint={k('longestWait')}
          className={`text-3xl ${toneClasses[waitTone]}`}
        >
          {queue.longestWaitSeconds === null
            ? unknown
            : formatDuration(queue.longestWaitSeconds, locale)}
        </Stat>
      </dl>

      <dl className="grid grid-cols-4 items-end gap-2 border-t border-border pt-3">
        <Stat label={t('available')} hint={k('available')} className="text-ok">
          {formatCount(queue.agents.available, unknown, locale)}
        </Stat>
        <Stat label={t('busy')} hint={k('busy')}>
          {formatCount(queue.agents.busy, unknown, locale)}
        </Stat>
        <Stat label={t('paused')} hint={k('paused')} className="text-warn">
          {formatCount(queue.agents.paused, unknown, locale)}
        </Stat>
        <Stat label={t('loggedOff')} hint={k('loggedOff')} className="text-muted">
          {formatCount(queue.agents.loggedOff, unknown, locale)}
        </Stat>
      </dl>

      <dl className="grid grid-cols-2 gap-2 border-t border-border pt-3">
        <Stat label={t('answeredToday')} hint={k('answeredToday')}>
          {formatCount(queue.today.answered, unknown, locale)}
        </Stat>
        <Stat label={t('abandonedToday')} hint={k('abandonedToday')}>
          {formatCount(queue.today.abandoned, unknown, locale)}
        </Stat>
      </dl>

      <footer className="text-sm" data-testid="tile-age">
        {freshness.stale ? (
          <p className="font-medium text-warn">
            <span aria-hidden="true">⚠ </span>
            {t('staleFor', { age })}
            {freshness.reason && (
              <span className="block font-normal text-foreground">
                {t('staleReason', { reason: freshness.reason })}
              </span>
            )}
          </p>
        ) : (
          <p className="text-muted">{t('updated', { age })}</p>
        )}
      </footer>
    </article>
  );
}

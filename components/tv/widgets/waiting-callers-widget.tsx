'use client';

import { useLocale, useTranslations } from 'use-intl';
import { formatDuration } from '@/components/ui/format';
import type { Widget } from '@/lib/model/board';
import { useLiveSource } from '../use-live-source';
import { WidgetFrame } from '../widget-frame';
import { fits } from './list-fit';
import { NoData } from './no-data';

type Config = Extract<Widget, { kind: 'waiting-callers' }>;

/** Callers waiting now, longest first, with their queue and wait. */
export function WaitingCallersWidget({ widget }: { widget: Config }) {
  const t = useTranslations('tv');
  const locale = useLocale();
  const { data, freshness } = useLiveSource(widget.source);
  const queues = data?.queues.filter((q) => !widget.queue || q.id === widget.queue) ?? [];
  const callers = queues
    .flatMap((q) => q.waiting.map((c) => ({ ...c, queue: q.name, key: `${q.id}-${c.position}` })))
    .sort((a, b) => (b.waitSeconds ?? 0) - (a.waitSeconds ?? 0));
  return (
    <WidgetFrame widget={widget} title={widget.title ?? t('waitingCallers')} freshness={freshness}>
      {!data ? (
        <NoData />
      ) : callers.length === 0 ? (
        <NoData message={t('waitingNone')} />
      ) : (
        <ul className="flex min-h-0 flex-1 flex-col gap-[0.4rem] overflow-hidden pt-[0.5rem]">
          {callers.slice(0, fits(widget.h, callers.length)).map((c) => (
            <li
              key={c.key}
              className="flex items-baseline justify-between gap-[1rem] text-[1.8rem]"
            >
              <span className="truncate">
                {c.callerName ?? c.callerNumber ?? t('unknownCaller')}
                <span className="ml-[0.6rem] text-[1.3rem] text-tv-muted">{c.queue}</span>
              </span>
              <span className="font-bold tabular-nums">
                {c.waitSeconds === null ? t('unknown') : formatDuration(c.waitSeconds, locale)}
              </span>
            </li>
          ))}
          {callers.length > fits(widget.h, callers.length) && (
            <li className="text-[1.4rem] text-tv-muted">
              {t('more', { count: callers.length - fits(widget.h, callers.length) })}
            </li>
          )}
        </ul>
      )}
    </WidgetFrame>
  );
}

'use client';

import { useLocale, useTranslations } from 'use-intl';
import { formatCount, formatDuration } from '@/components/ui/format';
import type { Widget } from '@/lib/model/board';
import { LevelBadge, levelText } from '../level-badge';
import { useLevel } from '../use-level';
import { useLiveSource } from '../use-live-source';
import { useTv } from '../tv-context';
import { WidgetFrame } from '../widget-frame';
import { NoData } from './no-data';

type QueueWidgetConfig = Extract<Widget, { kind: 'queue' }>;

/** A live queue: waiting callers and longest wait (each with its level), agents, today. */
export function QueueWidget({ widget, id }: { widget: QueueWidgetConfig; id: string }) {
  const t = useTranslations('tv');
  const locale = useLocale();
  const { sources } = useTv();
  const { data, freshness, readingKey } = useLiveSource(widget.source);
  const queue = data?.queues.find((q) => q.id === widget.queue);
  const waiting = queue ? queue.waiting.length : null;
  const longest = queue?.longestWaitSeconds ?? null;
  const waitingLevel = useLevel(`${id}.waiting`, waiting, widget.waiting, readingKey);
  const longestLevel = useLevel(`${id}.longestWait`, longest, widget.longestWait, readingKey);
  const worst = [waitingLevel?.level, longestLevel?.level].includes('alert')
    ? 'alert'
    : [waitingLevel?.level, longestLevel?.level].includes('warning')
      ? 'warning'
      : 'ok';
  const unknown = t('unknown');
  const title = widget.title ?? queue?.name ?? widget.queue;

  return (
    <WidgetFrame widget={widget} title={title} freshness={freshness} level={worst}>
      {!data ? (
        <NoData />
      ) : !queue ? (
        <NoData
          message={t('noQueue', {
            queue: widget.queue,
            source: sources[widget.source]?.name ?? widget.source,
          })}
        />
      ) : (
        <div className="grid flex-1 grid-cols-2 content-center gap-[1rem]">
          <Figure
            label={t('metric.waiting')}
            value={String(waiting)}
            className={waitingLevel ? levelText[waitingLevel.level] : ''}
          >
            {waitingLevel && <LevelBadge level={waitingLevel.level} />}
          </Figure>
          <Figure
            label={t('metric.longestWaitSeconds')}
            value={longest === null ? unknown : formatDuration(longest, locale)}
            className={longestLevel ? levelText[longestLevel.level] : ''}
          >
            {longestLevel && <LevelBadge level={longestLevel.level} />}
          </Figure>
          <Figure
            label={t('metric.available')}
            value={formatCount(queue.agents.available, unknown, locale)}
            small
          />
          <Figure
            label={t('metric.answered')}
            value={formatCount(queue.today.answered, unknown, locale)}
            small
          />
        </div>
      )}
    </WidgetFrame>
  );
}

function Figure({
  label,
  value,
  className = '',
  small = false,
  children,
}: {
  label: string;
  value: string;
  className?: string;
  small?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col">
      <span className="truncate text-[1.3rem] text-tv-muted">{label}</span>
      <span
        className={`${small ? 'text-[3rem]' : 'text-[4.5rem]'} leading-none font-bold tabular-nums ${className}`}
      >
        {value}
      </span>
      {children && <span className="text-[1.5rem]">{children}</span>}
    </div>
  );
}

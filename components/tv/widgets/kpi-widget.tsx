'use client';

import { useLocale, useTranslations } from 'use-intl';
import { formatDuration, formatNumber } from '@/components/ui/format';
import type { KpiMetric, Widget } from '@/lib/model/board';
import { kpiUnit, kpiValue } from '@/lib/tv/kpi';
import { LevelBadge, levelText } from '../level-badge';
import { useLevel } from '../use-level';
import { useLiveSource } from '../use-live-source';
import { WidgetFrame } from '../widget-frame';
import { NoData } from './no-data';

type KpiWidgetConfig = Extract<Widget, { kind: 'kpi' }>;

export function formatKpi(
  value: number | null,
  metric: KpiMetric,
  unknown: string,
  locale: string,
): string {
  if (value === null) return unknown;
  const unit = kpiUnit[metric];
  if (unit === 'seconds') return formatDuration(value, locale);
  if (unit === 'percent') return `${formatNumber(Math.round(value), locale)} %`;
  return formatNumber(Math.round(value), locale);
}

/** One big figure, coloured, iconed and worded by its threshold level. */
export function KpiWidget({ widget, id }: { widget: KpiWidgetConfig; id: string }) {
  const t = useTranslations('tv');
  const locale = useLocale();
  const { data, freshness, readingKey } = useLiveSource(widget.source);
  const value = data ? kpiValue(data.queues, widget.metric, widget.queue) : null;
  const level = useLevel(id, value, widget.threshold, readingKey);
  // An unknown figure has no level to show: neither colour nor word.
  const shown = value === null ? null : level;
  const queueName = widget.queue
    ? data?.queues.find((q) => q.id === widget.queue)?.name
    : undefined;
  const title =
    widget.title ?? `${t(`metric.${widget.metric}`)}${queueName ? ` · ${queueName}` : ''}`;
  return (
    <WidgetFrame widget={widget} title={title} freshness={freshness} level={shown?.level}>
      {data ? (
        <div
          className="flex flex-1 flex-col items-start justify-center gap-[0.5rem]"
          data-testid="tv-kpi"
          data-value={value ?? ''}
        >
          <span
            className={`text-[6rem] leading-none font-bold tabular-nums ${shown ? levelText[shown.level] : 'text-tv-text'}`}
          >
            {formatKpi(value, widget.metric, t('unknown'), locale)}
          </span>
          {shown && (
            <span className="text-[2rem]" data-pending={shown.pending}>
              <LevelBadge level={shown.level} />
            </span>
          )}
        </div>
      ) : (
        <NoData />
      )}
    </WidgetFrame>
  );
}

'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { TvHourlyChart } from '@/components/charts/tv-hourly-chart';
import { useNow } from '@/components/ui/use-now';
import type { Widget } from '@/lib/model/board';
import { hourlyRefreshMs, tvHourlyQuery } from '@/lib/queries/tv';
import { hourlyBars } from '@/lib/tv/hourly';
import { useTv } from '../tv-context';
import { WidgetFrame, type Freshness } from '../widget-frame';
import { NoData } from './no-data';

type Config = Extract<Widget, { kind: 'hourly-chart' }>;

/** Today's incoming calls per hour, answered and not answered. */
export function HourlyChartWidget({ widget }: { widget: Config }) {
  const t = useTranslations('tv');
  const { sources, onLinkLost, markGood } = useTv();
  const { data, error, dataUpdatedAt } = useQuery(tvHourlyQuery(widget.source, onLinkLost));
  const now = useNow();
  useEffect(() => {
    if (data && !data.stale) markGood();
  }, [data, markGood]);
  const bars = data ? hourlyBars(data.points) : null;
  const overdue = now - dataUpdatedAt > 3 * hourlyRefreshMs;
  const freshness: Freshness | null = data
    ? {
        ageSeconds: Math.max(0, (now - Date.parse(data.fetchedAt)) / 1000),
        stale: data.stale || Boolean(error) || overdue,
        // Why, as the live widgets say it: the server's reason first (e.g. the upstream is busy).
        reason: data.staleReason ?? error?.message ?? (overdue ? t('noUpdate') : undefined),
      }
    : null;
  const title = widget.title ?? `${t('hourly')} · ${sources[widget.source]?.name ?? widget.source}`;
  return (
    <WidgetFrame widget={widget} title={title} freshness={freshness}>
      {!data ? (
        <NoData message={error ? error.message : undefined} />
      ) : bars === null ? (
        <NoData message={t('chartUnavailable')} />
      ) : (
        <TvHourlyChart
          bars={bars}
          labels={{ answered: t('answered'), notAnswered: t('notAnswered') }}
        />
      )}
    </WidgetFrame>
  );
}

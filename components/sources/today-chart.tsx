'use client';

import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import type { SeriesPoint } from '@/lib/model/stats';
import { businessDaysRequest } from '@/lib/time/business-day-request';
import { seriesQuery, summaryRefreshMs } from '@/lib/queries/stats';
import { CallsChart } from '@/components/charts/calls-chart';
import { callsChartData, type CallsChartMode } from '@/components/charts/calls-chart-data';
import { previousSameWeekdays, sameWeekdayAverage } from '@/components/charts/same-weekday-average';
import { Select } from '@/components/ui/select';
import { StatsBlock } from './stats-block';

/** Today's calls by hour against the same weekday's average over the previous four weeks. */
export function TodayChart({ source, today }: { source: SourceInfo; today: string }) {
  const t = useTranslations('todayChart');
  const locale = useLocale();
  const [mode, setMode] = useState<CallsChartMode>('direction');
  // A business day that starts at 06:00 runs to 06:00 the next day, also on a change day.
  const day = (date: string) =>
    businessDaysRequest(date, date, source.timezone, source.businessDayStart);
  const todayQuery = useQuery({
    ...seriesQuery(source.id, 'hour', day(today)),
    refetchInterval: summaryRefreshMs,
  });
  // Past days are closed: the server keeps them for good, the browser need not ask again.
  const weeks = useQueries({
    queries: previousSameWeekdays(today).map((date) => ({
      ...seriesQuery(source.id, 'hour', day(date)),
      staleTime: Infinity,
    })),
  });
  const weekPoints = weeks
    .map((week) => week.data?.points)
    .filter((points): points is SeriesPoint[] => points !== undefined);
  const weeksKey = weeks.map((week) => week.dataUpdatedAt).join();
  const points = todayQuery.data?.points;

  const data = useMemo(
    () =>
      points
        ? callsChartData(points, {
            mode,
            bucket: 'hour',
            locale,
            comparison: weekPoints.length > 0 ? sameWeekdayAverage(points, weekPoints) : undefined,
          })
        : undefined,
    // weekPoints is rebuilt each render; weeksKey says when its contents changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [points, mode, weeksKey, locale],
  );

  const comparisonLabel =
    weekPoints.length === 4
      ? t('comparison')
      : t('comparisonPartial', { count: weekPoints.length });

  return (
    <StatsBlock
      what={t('title')}
      data={todayQuery.data}
      error={todayQuery.error}
      skeletonClassName="h-80"
    >
      {() =>
        data && (
          <CallsChart
            data={data}
            title={t('title')}
            comparisonLabel={comparisonLabel}
            toolbar={
              <label className="flex items-center gap-2 text-sm text-muted">
                {t('mode')}
                <Select
                  value={mode}
                  onChange={(event) =>
                    setMode(event.target.value === 'outcome' ? 'outcome' : 'direction')
                  }
                >
                  <option value="direction">{t('byDirection')}</option>
                  <option value="outcome">{t('byOutcome')}</option>
                </Select>
              </label>
            }
          />
        )
      }
    </StatsBlock>
  );
}

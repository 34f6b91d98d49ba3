'use client';

import { useLocale, useTranslations } from 'use-intl';
import type { LiveQueue } from '@/lib/model/live-queues';
import type { SourceInfo } from '@/lib/model/source';
import { defaultThresholds, toneClasses, toneFor } from '@/components/tiles/thresholds';
import { formatCount, formatPercent, formatSeconds } from '@/components/ui/format';
import { KpiCard } from './kpi-card';

/** Today's KPIs of one queue, each with its formula; `—` where the source cannot tell. */
export function QueueKpis({
  queue,
  source,
  ageSeconds,
}: {
  queue: LiveQueue;
  source: SourceInfo;
  ageSeconds: number;
}) {
  const t = useTranslations('kpiCard');
  const locale = useLocale();
  const thresholdSeconds = source.queueServiceLevelSeconds[queue.id] ?? source.serviceLevelSeconds;
  const unknown = '—';
  const { today } = queue;
  // The longest wait keeps counting between updates, like the waiting list beside it.
  const longest =
    queue.longestWaitSeconds === null || queue.waiting.length === 0
      ? queue.longestWaitSeconds
      : queue.longestWaitSeconds + ageSeconds;
  return (
    <div className="grid grid-cols-[repeat(auto-fit,minmax(9.5rem,1fr))] gap-3">
      <KpiCard id="answered" label={t('answered')} formula={t('answeredFormula')}>
        {formatCount(today.answered, unknown, locale)}
      </KpiCard>
      <KpiCard id="unanswered" label={t('unanswered')} formula={t('unansweredFormula')}>
        {formatCount(today.unanswered, unknown, locale)}
      </KpiCard>
      <KpiCard id="abandon-rate" label={t('abandonRate')} formula={t('abandonRateFormula')}>
        {formatPercent(today.abandonRate, unknown, locale)}
      </KpiCard>
      <KpiCard id="avg-wait" label={t('avgWait')} formula={t('avgWaitFormula')}>
        {formatSeconds(today.avgWaitSeconds, unknown, locale)}
      </KpiCard>
      <KpiCard
        id="longest-wait"
        label={t('longestWait')}
        formula={t('longestWaitFormula')}
        className={toneClasses[toneFor(longest, defaultThresholds.longestWaitSeconds)]}
      >
        {formatSeconds(longest, unknown, locale)}
      </KpiCard>
      <KpiCard id="avg-talk" label={t('avgTalk')} formula={t('avgTalkFormula')}>
        {formatSeconds(today.avgTalkSeconds, unknown, locale)}
      </KpiCard>
      <KpiCard
        id="service-level"
        label={t('serviceLevel')}
        formula={t('serviceLevelFormula', {
          seconds: thresholdSeconds,
          start: source.businessDayStart,
        })}
      >
        {formatPercent(today.serviceLevel, unknown, locale)}
      </KpiCard>
    </div>
  );
}

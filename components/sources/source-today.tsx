'use client';

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { agentsQuery, externalNumbersQuery, summaryRefreshMs } from '@/lib/queries/stats';
import { businessDateAt } from '@/lib/time/business-day';
import { useNow } from '@/components/ui/use-now';
import { TodaySummary } from '@/components/wallboard/today-summary';
import { AgentTable } from './agent-table';
import { CapabilityNote } from './capability-note';
import { ExternalNumbersTable } from './external-numbers-table';
import { StatsBlock } from './stats-block';
import { TodayChart } from './today-chart';

/** Today's statistics of a source: totals, hourly chart, agents and external numbers. */
export function SourceToday({ source }: { source: SourceInfo }) {
  const t = useTranslations('source');
  const a = useTranslations('agentTable');
  const n = useTranslations('numbersTable');
  const c = useTranslations('todayChart');
  const { capabilities } = source;
  // Re-read each minute so the page moves on to the new business day at its start.
  const today = businessDateAt(useNow(60_000), source.timezone, source.businessDayStart);
  const agents = useQuery({
    ...agentsQuery(source.id, {}),
    refetchInterval: summaryRefreshMs,
    enabled: capabilities.agents,
  });
  const numbers = useQuery({
    ...externalNumbersQuery(source.id, {}),
    refetchInterval: summaryRefreshMs,
    enabled: capabilities.externalNumbers,
  });

  return (
    <div className="flex flex-col gap-6">
      {capabilities.summary ? (
        <TodaySummary source={source} />
      ) : (
        <CapabilityNote>{t('noSummary')}</CapabilityNote>
      )}
      <Panel title={c('title')}>
        {capabilities.series.includes('hour') ? (
          <TodayChart source={source} today={today} />
        ) : (
          <CapabilityNote>{t('noSeries')}</CapabilityNote>
        )}
      </Panel>
      <div className="grid gap-6 2xl:grid-cols-[3fr_2fr]">
        <Panel title={a('title')}>
          {capabilities.agents ? (
            <StatsBlock what={a('title')} data={agents.data} error={agents.error}>
              {(data) => <AgentTable agents={data.agents} />}
            </StatsBlock>
          ) : (
            <CapabilityNote>{t('noAgents')}</CapabilityNote>
          )}
        </Panel>
        <Panel title={n('title')}>
          {capabilities.externalNumbers ? (
            <StatsBlock what={n('title')} data={numbers.data} error={numbers.error}>
              {(data) => <ExternalNumbersTable numbers={data.numbers} />}
            </StatsBlock>
          ) : (
            <CapabilityNote>{t('noExternalNumbers')}</CapabilityNote>
          )}
        </Panel>
      </div>
    </div>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-label={title}
      className="flex min-w-0 flex-col gap-3 rounded-2xl border border-border bg-surface-raised p-5"
    >
      <h3 className="text-base font-semibold">{title}</h3>
      {children}
    </section>
  );
}

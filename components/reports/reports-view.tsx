'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import type { SourcesResponse } from '@/lib/model/source';
import { reportSourcesQuery } from '@/lib/queries/reports';
import { AgentsCard } from './agents-card';
import { CallsCard } from './calls-card';
import { NumbersCard } from './numbers-card';
import { ErrorBlock, LoadingBlock } from './query-status';
import { AbsentNote } from './report-card';
import { ReportControls } from './report-controls';
import { ReportPdfButton } from './report-pdf-button';
import { SummaryCard } from './summary-card';
import { useReportUrl } from './use-report-url';

/**
 * The reports page: settings from the URL, then totals, the calls chart and the tables.
 * `initialSources`: the source list as the server rendered it (GET /api/v1/sources).
 */
export function ReportsView({ initialSources }: { initialSources?: SourcesResponse }) {
  const t = useTranslations('reports');
  // The list comes with the page's HTML: the report's own requests start at hydration.
  const sources = useQuery({ ...reportSourcesQuery(), initialData: initialSources });
  const { state, change } = useReportUrl(sources.data?.sources);

  const heading = (
    <div className="flex flex-col gap-1">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-sm text-muted">{t('subtitle')}</p>
    </div>
  );
  if (!sources.data) {
    return (
      <>
        {heading}
        {sources.error ? (
          <ErrorBlock
            what={t('sourcesFailed')}
            error={sources.error}
            onRetry={() => void sources.refetch()}
          />
        ) : (
          <LoadingBlock label={t('loadingSources')} className="h-24 w-full" />
        )}
      </>
    );
  }
  if (!state) {
    return (
      <>
        {heading}
        <AbsentNote>{t('noSources')}</AbsentNote>
      </>
    );
  }
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        {heading}
        <ReportPdfButton state={state} />
      </div>
      <ReportControls state={state} sources={sources.data.sources} onChange={change} />
      <SummaryCard state={state} />
      <CallsCard state={state} onModeChange={(chart) => change({ chart })} />
      <AgentsCard state={state} />
      <NumbersCard state={state} />
    </>
  );
}

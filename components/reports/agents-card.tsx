'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'use-intl';
import { reportRetry } from '@/lib/queries/reports';
import { agentsQuery } from '@/lib/queries/stats';
import { agentRows } from '@/lib/reports/table-rows';
import { exportTable } from '@/lib/reports/table-export';
import { statsRequest, type ReportState } from '@/lib/reports/url-state';
import { ExportButtons } from './export-buttons';
import { useFileWords } from './use-file-words';
import { EmptyBlock, ErrorBlock, FetchingNote, LoadingBlock, StaleNote } from './query-status';
import { AbsentNote, ReportCard } from './report-card';
import { SortableTable } from './sortable-table';
import { agentColumns } from './table-columns';

/** Per-agent figures of the period; absent, with one line why, when the source has none. */
export function AgentsCard({ state }: { state: ReportState }) {
  const t = useTranslations('reports');
  if (!state.source.capabilities.agents) {
    return (
      <AbsentNote testId="agents-absent">
        {t('agents.unsupported', { source: state.source.name })}
      </AbsentNote>
    );
  }
  return <Agents state={state} />;
}

function Agents({ state }: { state: ReportState }) {
  const t = useTranslations('reports');
  const words = useFileWords();
  const locale = useLocale();
  const ta = useTranslations('reports.agents');
  const query = useQuery({ ...agentsQuery(state.source.id, statsRequest(state)), ...reportRetry });
  const { data, error } = query;
  const title = ta('title');
  return (
    <ReportCard
      title={title}
      testId="agents-card"
      actions={
        <ExportButtons
          what={title}
          kinds={['csv', 'xlsx']}
          onExport={(kind) =>
            exportTable(state, 'agents', kind === 'xlsx' ? 'xlsx' : 'csv', undefined, words)
          }
        />
      }
    >
      <FetchingNote
        fetching={query.isFetching}
        failureCount={query.failureCount}
        failureReason={query.failureReason}
      />
      {data && (
        <StaleNote stale={data.stale} fetchedAt={data.fetchedAt} reason={data.staleReason} />
      )}
      {!data ? (
        error && !query.isFetching ? (
          <ErrorBlock what={ta('what')} error={error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingBlock label={t('status.loading', { what: ta('what') })} className="h-48 w-full" />
        )
      ) : data.agents.length === 0 ? (
        <EmptyBlock>{ta('empty')}</EmptyBlock>
      ) : (
        <SortableTable
          label={title}
          testId="agents-table"
          columns={agentColumns((key) => ta(key as 'agent'), locale)}
          rows={agentRows(data.agents)}
          rowKey={(row) => `${row.agent}|${row.extension ?? ''}`}
          search={{ label: ta('search'), fields: ['agent', 'extension'] }}
          totalsLabel={(count) => ta('totals', { count })}
          noMatch={(search) => ta('none', { query: search })}
        />
      )}
    </ReportCard>
  );
}

'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'use-intl';
import { reportRetry } from '@/lib/queries/reports';
import { agentsQuery } from '@/lib/queries/stats';
import { agentRows } from '@/lib/reports/table-rows';
import { exportTable } from '@/lib/reports/table-export';
import { statsRequest, type ReportState } from '@/lib/reports/url-state';
import { useFileWords } from './use-file-words';
import { ExportButtons } from './export-buttons';
import { QueryBody } from './query-body';
import { AbsentNote, ReportCard } from './report-card';
import { SortableTable } from '@/components/ui/sortable-table';
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
  const ta = useTranslations('reports.agents');
  const words = useFileWords();
  const locale = useLocale();
  const query = useQuery({ ...agentsQuery(state.source.id, statsRequest(state)), ...reportRetry });
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
      <QueryBody
        query={query}
        what={ta('what')}
        loadingClassName="h-48 w-full"
        isEmpty={(data) => data.agents.length === 0}
        empty={ta('empty')}
      >
        {(data) => (
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
      </QueryBody>
    </ReportCard>
  );
}

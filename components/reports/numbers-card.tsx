'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'use-intl';
import { reportRetry } from '@/lib/queries/reports';
import { externalNumbersQuery } from '@/lib/queries/stats';
import { numberRows } from '@/lib/reports/table-rows';
import { exportTable } from '@/lib/reports/table-export';
import { statsRequest, type ReportState } from '@/lib/reports/url-state';
import { useFileWords } from './use-file-words';
import { ExportButtons } from './export-buttons';
import { QueryBody } from './query-body';
import { AbsentNote, ReportCard } from './report-card';
import { SortableTable } from '@/components/ui/sortable-table';
import { numberColumns } from './table-columns';

/** Calls per external (trunk) number; absent, with one line why, when the source has none. */
export function NumbersCard({ state }: { state: ReportState }) {
  const t = useTranslations('reports');
  if (!state.source.capabilities.externalNumbers) {
    return (
      <AbsentNote testId="numbers-absent">
        {t('numbers.unsupported', { source: state.source.name })}
      </AbsentNote>
    );
  }
  return <Numbers state={state} />;
}

function Numbers({ state }: { state: ReportState }) {
  const tn = useTranslations('reports.numbers');
  const words = useFileWords();
  const locale = useLocale();
  const query = useQuery({
    ...externalNumbersQuery(state.source.id, statsRequest(state)),
    ...reportRetry,
  });
  const title = tn('title');
  return (
    <ReportCard
      title={title}
      testId="numbers-card"
      actions={
        <ExportButtons
          what={title}
          kinds={['csv', 'xlsx']}
          onExport={(kind) =>
            exportTable(
              state,
              'external-numbers',
              kind === 'xlsx' ? 'xlsx' : 'csv',
              undefined,
              words,
            )
          }
        />
      }
    >
      <QueryBody
        query={query}
        what={tn('what')}
        loadingClassName="h-32 w-full"
        isEmpty={(data) => data.numbers.length === 0}
        empty={tn('empty')}
      >
        {(data) => (
          <SortableTable
            label={title}
            testId="numbers-table"
            columns={numberColumns((key) => tn(key as 'number'), locale)}
            rows={numberRows(data.numbers)}
            rowKey={(row) => row.number}
            totalsLabel={(count) => tn('totals', { count })}
            noMatch={() => tn('empty')}
          />
        )}
      </QueryBody>
    </ReportCard>
  );
}

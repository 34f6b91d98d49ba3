'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'use-intl';
import { Stat } from '@/components/tiles/stat';
import { formatCount, formatDuration } from '@/components/ui/format';
import { reportRetry } from '@/lib/queries/reports';
import { summaryQuery } from '@/lib/queries/stats';
import { summaryIsEmpty, summaryRows } from '@/lib/reports/summary';
import { exportTable } from '@/lib/reports/table-export';
import { statsRequest, type ReportState } from '@/lib/reports/url-state';
import { useFileWords } from './use-file-words';
import { ExportButtons } from './export-buttons';
import { QueryBody } from './query-body';
import { AbsentNote, ReportCard } from './report-card';

const unknown = '—';

/** The period's totals per direction, each figure with its meaning on hover. */
export function SummaryCard({ state }: { state: ReportState }) {
  const t = useTranslations('reports');
  if (!state.source.capabilities.summary) {
    return (
      <AbsentNote testId="summary-absent">
        {t('summary.unsupported', { source: state.source.name })}
      </AbsentNote>
    );
  }
  return <Summary state={state} />;
}

function Summary({ state }: { state: ReportState }) {
  const t = useTranslations('reports');
  const words = useFileWords();
  const locale = useLocale();
  const seconds = (value: number | null) =>
    value === null ? unknown : formatDuration(value, locale);
  const query = useQuery({ ...summaryQuery(state.source.id, statsRequest(state)), ...reportRetry });
  const title = t('summary.title');
  return (
    <ReportCard
      title={title}
      testId="summary-card"
      actions={
        <ExportButtons
          what={title}
          kinds={['csv', 'xlsx']}
          onExport={(kind) =>
            exportTable(state, 'summary', kind === 'xlsx' ? 'xlsx' : 'csv', undefined, words)
          }
        />
      }
    >
      <QueryBody
        query={query}
        what={t('summary.what')}
        loadingClassName="h-20 w-full"
        isEmpty={summaryIsEmpty}
        empty={t('status.empty')}
      >
        {(data) => (
          <div className="flex flex-wrap gap-x-10 gap-y-4">
            {summaryRows(data).map(({ direction, figures }) => (
              <section
                key={direction}
                aria-label={t(`summary.${direction}`)}
                data-testid={`summary-${direction}`}
                className="flex flex-col gap-1"
              >
                <h4 className="text-xs font-medium tracking-wide text-muted uppercase">
                  {t(`summary.${direction}`)}
                </h4>
                <dl className="flex flex-wrap gap-5">
                  <Stat label={t('summary.total')} hint={t('summary.totalHint')}>
                    <span data-figure="total">{formatCount(figures.total, unknown, locale)}</span>
                  </Stat>
                  <Stat
                    label={t('summary.answered')}
                    hint={t('summary.answeredHint')}
                    className="text-ok"
                  >
                    <span data-figure="answered">
                      {formatCount(figures.answered, unknown, locale)}
                    </span>
                  </Stat>
                  <Stat
                    label={t('summary.notAnswered')}
                    hint={t('summary.notAnsweredHint')}
                    className="text-warn"
                  >
                    <span data-figure="notAnswered">
                      {formatCount(figures.notAnswered, unknown, locale)}
                    </span>
                  </Stat>
                  <Stat label={t('summary.talk')} hint={t('summary.talkHint')}>
                    <span data-figure="talk">{seconds(figures.talkSeconds)}</span>
                  </Stat>
                  <Stat label={t('summary.avgTalk')} hint={t('summary.avgTalkHint')}>
                    <span data-figure="avgTalk">{seconds(figures.averageTalkSeconds)}</span>
                  </Stat>
                </dl>
              </section>
            ))}
          </div>
        )}
      </QueryBody>
    </ReportCard>
  );
}

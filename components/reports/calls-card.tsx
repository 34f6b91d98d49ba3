'use client';

import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { CallsChart } from '@/components/charts/calls-chart';
import { callsChartData, type CallsChartMode } from '@/components/charts/calls-chart-data';
import { chartPalette, seriesStyle } from '@/components/charts/chart-palette';
import { Tabs, TabsList, TabsTrigger } from '@/components/ui/tabs';
import type { SeriesBucket } from '@/lib/model/source';
import type { SeriesResponse } from '@/lib/model/stats';
import { reportRetry } from '@/lib/queries/reports';
import { seriesQuery } from '@/lib/queries/stats';
import { seriesIsEmpty } from '@/lib/reports/chart-data';
import { chartSvgDocument, findChartSvg, svgToPng } from '@/lib/reports/chart-image';
import { exportFileName } from '@/lib/reports/file-name';
import { saveBlob } from '@/lib/reports/save-file';
import { exportTable } from '@/lib/reports/table-export';
import { chartModes, statsRequest, type ReportState } from '@/lib/reports/url-state';
import { ExportButtons, type ExportKind } from './export-buttons';
import { useFileWords } from './use-file-words';
import { EmptyBlock, ErrorBlock, FetchingNote, LoadingBlock, StaleNote } from './query-status';
import { AbsentNote, ReportCard } from './report-card';
import { useExportHeader } from './use-export-header';

/** The calls chart of the report, by direction or by outcome (the URL's `chart`). */
export function CallsCard({
  state,
  onModeChange,
}: {
  state: ReportState;
  onModeChange: (mode: CallsChartMode) => void;
}) {
  const t = useTranslations('reports');
  if (state.source.capabilities.series.length === 0) {
    return (
      <AbsentNote testId="chart-absent">
        {t('charts.unsupported', { source: state.source.name })}
      </AbsentNote>
    );
  }
  if (!state.bucket) {
    return (
      <AbsentNote testId="chart-absent">
        {t('bucket.none', { source: state.source.name })}
      </AbsentNote>
    );
  }
  return <SeriesCard state={state} bucket={state.bucket} onModeChange={onModeChange} />;
}

function SeriesCard({
  state,
  bucket,
  onModeChange,
}: {
  state: ReportState;
  bucket: SeriesBucket;
  onModeChange: (mode: CallsChartMode) => void;
}) {
  const t = useTranslations('reports');
  const locale = useLocale();
  const words = useFileWords();
  const header = useExportHeader(state);
  const stage = useRef<HTMLDivElement>(null);
  const query = useQuery({
    ...seriesQuery(state.source.id, bucket, statsRequest(state)),
    ...reportRetry,
  });
  const { data, error } = query;
  const mode = state.chart;
  const title = t(`charts.${mode}`);
  const chartable = Boolean(data && !seriesIsEmpty(data.points));

  async function onExport(kind: ExportKind) {
    if (kind === 'csv' || kind === 'xlsx') return exportTable(state, 'series', kind, bucket, words);
    if (!data || !stage.current) return;
    const image = chartImage(stage.current, mode, data, bucket, header(title), t);
    const name = exportFileName({
      source: state.source.id,
      report: 'series',
      detail: `${bucket}-${mode}`,
      range: state.range,
      extension: kind === 'svg' ? 'svg' : 'png',
      words,
    });
    if (kind === 'svg') saveBlob(new Blob([image.markup], { type: 'image/svg+xml' }), name);
    else saveBlob(await svgToPng(image.markup, image.width, image.height), name);
  }

  return (
    <ReportCard
      title={title}
      testId="calls-card"
      actions={
        <div className="flex flex-wrap items-start gap-3">
          <Tabs
            panels={false}
            defaultValue={mode}
            value={mode}
            onValueChange={(next) => onModeChange(next === 'outcome' ? 'outcome' : 'direction')}
          >
            <TabsList aria-label={t('controls.chart')}>
              {chartModes.map((value) => (
                <TabsTrigger key={value} value={value}>
                  {t(`charts.${value}`)}
                </TabsTrigger>
              ))}
            </TabsList>
          </Tabs>
          <ExportButtons
            what={title}
            kinds={chartable ? ['png', 'svg', 'csv', 'xlsx'] : ['csv', 'xlsx']}
            onExport={onExport}
          />
        </div>
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
          <ErrorBlock what={t('charts.what')} error={error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingBlock label={t('status.loading', { what: t('charts.what') })} />
        )
      ) : !chartable ? (
        <EmptyBlock>{t('status.empty')}</EmptyBlock>
      ) : (
        <div className="relative">
          <CallsChart data={callsChartData(data.points, { mode, bucket, locale })} title={title} />
          {/* Both charts drawn off screen at this width, always as charts (not the table
              view): what the PNG, SVG and PDF exports copy. */}
          <div
            ref={stage}
            aria-hidden="true"
            inert
            className="pointer-events-none absolute top-0 left-[-10000px] w-full"
          >
            {chartModes.map((view) => (
              <div key={view} data-export-chart={view} data-export-title={t(`charts.${view}`)}>
                <CallsChart
                  data={callsChartData(data.points, { mode: view, bucket, locale })}
                  title={view}
                />
              </div>
            ))}
          </div>
        </div>
      )}
    </ReportCard>
  );
}

/** The standalone SVG of one staged chart, with the header and the legend drawn in. */
export function chartImage(
  stage: Element,
  mode: CallsChartMode,
  data: SeriesResponse,
  bucket: SeriesBucket,
  lines: string[],
  t: (
    key:
      | 'charts.incoming'
      | 'charts.outgoing'
      | 'charts.internal'
      | 'charts.answered'
      | 'charts.notAnswered',
  ) => string,
) {
  const host = stage.querySelector(`[data-export-chart="${mode}"]`);
  const svg = host && findChartSvg(host);
  if (!svg) throw new Error('the chart is not drawn yet');
  const { series } = callsChartData(data.points, { mode, bucket });
  const legend = series.map((key) => ({
    label: t(`charts.${key}`),
    color: chartPalette[seriesStyle[key].color] ?? 'currentColor',
  }));
  return chartSvgDocument(svg, lines, legend);
}

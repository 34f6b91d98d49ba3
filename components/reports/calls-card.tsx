'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
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
import { useFileWords } from './use-file-words';
import { ExportButtons, type ExportKind } from './export-buttons';
import { QueryBody } from './query-body';
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
  const words = useFileWords();
  const header = useExportHeader(state);
  const stage = useRef<HTMLDivElement>(null);
  const query = useQuery({
    ...seriesQuery(state.source.id, bucket, statsRequest(state)),
    ...reportRetry,
  });
  const { data } = query;
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
      <QueryBody
        query={query}
        what={t('charts.what')}
        isEmpty={(answer) => seriesIsEmpty(answer.points)}
        empty={t('status.empty')}
      >
        {(data) => (
          <SeriesChart data={data} mode={mode} bucket={bucket} title={title} stage={stage} />
        )}
      </QueryBody>
    </ReportCard>
  );
}

/**
 * The visible chart, and both charts drawn off screen at the same width, always as charts (not
 * the table view): what the PNG, SVG and PDF exports copy. The off-screen pair is mounted once the
 * browser is idle after the visible chart's first paint: with 744 hourly buckets it is two thirds
 * of the drawing work, and nobody exports before seeing the chart.
 */
function SeriesChart({
  data,
  mode,
  bucket,
  title,
  stage,
}: {
  data: SeriesResponse;
  mode: CallsChartMode;
  bucket: SeriesBucket;
  title: string;
  stage: RefObject<HTMLDivElement | null>;
}) {
  const t = useTranslations('reports');
  const locale = useLocale();
  const staged = useAfterFirstPaint();
  const byMode = useMemo(
    () =>
      Object.fromEntries(
        chartModes.map((view) => [
          view,
          callsChartData(data.points, { mode: view, bucket, locale }),
        ]),
      ) as Record<CallsChartMode, ReturnType<typeof callsChartData>>,
    [data.points, bucket, locale],
  );
  return (
    <div className="relative">
      <CallsChart data={byMode[mode]} title={title} />
      <div
        ref={stage}
        aria-hidden="true"
        inert
        className="pointer-events-none absolute top-0 left-[-10000px] w-full"
      >
        {staged &&
          chartModes.map((view) => (
            <div key={view} data-export-chart={view} data-export-title={t(`charts.${view}`)}>
              <CallsChart data={byMode[view]} title={view} />
            </div>
          ))}
      </div>
    </div>
  );
}

/** False until the browser has painted once and is idle (or 300 ms have passed). */
function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setReady(true), 300);
      return () => clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(() => setReady(true), { timeout: 300 });
    return () => window.cancelIdleCallback(idle);
  }, []);
  return ready;
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

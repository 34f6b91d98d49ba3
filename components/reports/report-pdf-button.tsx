'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'use-intl';
import { formatCount, formatDuration } from '@/components/ui/format';
import { agentsQuery, externalNumbersQuery, seriesQuery, summaryQuery } from '@/lib/queries/stats';
import { exportFileName } from '@/lib/reports/file-name';
import type { PdfTable } from '@/lib/reports/report-pdf';
import { saveBlob } from '@/lib/reports/save-file';
import { summaryRows } from '@/lib/reports/summary';
import { agentRows, numberRows, sortRows, totalRow, type Cell } from '@/lib/reports/table-rows';
import { statsRequest, type ReportState } from '@/lib/reports/url-state';
import { chartImage } from './calls-card';
import { ExportButtons } from './export-buttons';
import type { Column } from '@/components/ui/sortable-table';
import { agentColumns, numberColumns } from './table-columns';
import { useFileWords } from './use-file-words';
import { useExportHeader } from './use-export-header';

const unknown = '—';

/** One PDF of the whole report: header, both charts, totals and the tables, as loaded on screen. */
export function ReportPdfButton({ state }: { state: ReportState }) {
  const t = useTranslations('reports');
  const locale = useLocale();
  const words = useFileWords();
  const header = useExportHeader(state);
  const client = useQueryClient();
  const request = statsRequest(state);
  const id = state.source.id;

  async function onExport() {
    const { buildReportPdf } = await import('@/lib/reports/report-pdf');
    const caps = state.source.capabilities;
    const charts = [];
    const series =
      state.bucket && client.getQueryData(seriesQuery(id, state.bucket, request).queryKey);
    const stage = document.querySelector('[data-export-chart]')?.parentElement;
    if (series && state.bucket && stage) {
      for (const mode of ['direction', 'outcome'] as const) {
        const title = t(`charts.${mode}`);
        const image = chartImage(stage, mode, series, state.bucket, [title], t);
        charts.push({ title, ...image });
      }
    }
    const tables: PdfTable[] = [];
    const summary = caps.summary
      ? client.getQueryData(summaryQuery(id, request).queryKey)
      : undefined;
    if (summary) {
      const seconds = (value: number | null) =>
        value === null ? unknown : formatDuration(value, locale);
      const count = (value: number | null) => formatCount(value, unknown, locale);
      tables.push({
        title: t('summary.title'),
        columns: [
          '',
          t('summary.total'),
          t('summary.answered'),
          t('summary.notAnswered'),
          t('summary.talk'),
          t('summary.avgTalk'),
        ],
        rows: summaryRows(summary).map(({ direction, figures }) => [
          t(`summary.${direction}`),
          count(figures.total),
          count(figures.answered),
          count(figures.notAnswered),
          seconds(figures.talkSeconds),
          seconds(figures.averageTalkSeconds),
        ]),
      });
    }
    if (caps.agents) {
      const agents = client.getQueryData(agentsQuery(id, request).queryKey);
      const columns = agentColumns((key) => t(`agents.${key}` as 'agents.agent'), locale);
      tables.push(
        agents
          ? tableOf(
              t('agents.title'),
              columns,
              sortRows(agentRows(agents.agents), 'inCalls', 'desc'),
              (n) => t('agents.totals', { count: n }),
            )
          : { title: t('agents.title'), columns: [], rows: [], note: t('export.pdfWaiting') },
      );
    } else {
      tables.push({
        title: t('agents.title'),
        columns: [],
        rows: [],
        note: t('agents.unsupported', { source: state.source.name }),
      });
    }
    if (caps.externalNumbers) {
      const numbers = client.getQueryData(externalNumbersQuery(id, request).queryKey);
      const columns = numberColumns((key) => t(`numbers.${key}` as 'numbers.number'), locale);
      tables.push(
        numbers
          ? tableOf(
              t('numbers.title'),
              columns,
              sortRows(numberRows(numbers.numbers), 'inTotal', 'desc'),
              (n) => t('numbers.totals', { count: n }),
            )
          : { title: t('numbers.title'), columns: [], rows: [], note: t('export.pdfWaiting') },
      );
    }
    const blob = await buildReportPdf({
      headerLines: header(t('export.reportTitle')),
      charts,
      tables,
    });
    saveBlob(
      blob,
      exportFileName({
        source: id,
        report: 'report',
        detail: state.bucket,
        range: state.range,
        extension: 'pdf',
        words,
      }),
    );
  }

  return <ExportButtons what={t('export.reportTitle')} kinds={['pdf']} onExport={onExport} />;
}

function tableOf<R extends Record<string, Cell>>(
  title: string,
  columns: Column<R>[],
  rows: R[],
  totalsLabel: (count: number) => string,
): PdfTable {
  const format = (column: Column<R>, value: Cell) =>
    column.format ? column.format(value) : value === null ? unknown : String(value);
  const numeric = columns.filter((column) => column.numeric).map((column) => column.key);
  const totals = totalRow(rows, numeric);
  return {
    title,
    columns: columns.map((column) => column.label),
    rows: [
      ...rows.map((row) => columns.map((column) => format(column, row[column.key] ?? null))),
      columns.map((column, index) =>
        index === 0
          ? totalsLabel(rows.length)
          : column.numeric
            ? format(column, totals[column.key] ?? null)
            : '',
      ),
    ],
    totalsLast: true,
    ...(rows.length === 0 ? { note: unknown } : {}),
  };
}

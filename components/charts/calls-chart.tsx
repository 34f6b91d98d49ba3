'use client';

import { useId, type ReactNode } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip as ChartTooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslations } from 'use-intl';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import type { CallsChartData, CallsSeriesKey } from './calls-chart-data';
import { chartPalette, comparisonColor, seriesStyle } from './chart-palette';
import { SeriesPatternDef, SeriesSwatch } from './series-pattern';

export interface CallsChartProps {
  data: CallsChartData;
  /** Accessible name of the figure, e.g. "Calls today by hour". */
  title: string;
  /** Legend text of the comparison line, when the data has one. */
  comparisonLabel?: string;
  /** Colours in series order; defaults to the theme's chart palette. */
  palette?: readonly string[];
  height?: number;
  /** Controls shown beside the chart/table switch (e.g. a series picker). */
  toolbar?: ReactNode;
}

/**
 * Calls per bucket as stacked bars (by direction or by outcome), with an optional comparison
 * line; a data-table view is the text alternative. No animation: it redraws on live data.
 */
export function CallsChart({
  data,
  title,
  comparisonLabel,
  palette = chartPalette,
  height = 300,
  toolbar,
}: CallsChartProps) {
  const t = useTranslations('chart');
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const colorOf = (index: number) => palette[index % palette.length] ?? 'currentColor';
  const nameOf = (key: CallsSeriesKey) => t(key);
  const comparisonName = comparisonLabel ?? t('comparison');
  const format = (value: unknown) =>
    typeof value === 'number' ? String(Math.round(value * 10) / 10) : t('unknown');

  if (data.rows.length === 0 || data.series.length === 0) {
    return <p className="py-8 text-center text-sm text-muted">{t('noData')}</p>;
  }

  return (
    <figure aria-label={title} className="flex flex-col gap-2" data-testid="calls-chart">
      <Tabs defaultValue="chart">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={title}>
            {data.series.map((key) => (
              <li key={key} className="flex items-center gap-1.5">
                <SeriesSwatch
                  id={`${uid}-legend-${key}`}
                  color={colorOf(seriesStyle[key].color)}
                  pattern={seriesStyle[key].pattern}
                />
                {nameOf(key)}
              </li>
            ))}
            {data.hasComparison && (
              <li className="flex items-center gap-1.5">
                <svg width="18" height="14" aria-hidden="true">
                  <line
                    x1="0"
                    y1="7"
                    x2="18"
                    y2="7"
                    stroke={colorOf(comparisonColor)}
                    strokeWidth="2"
                    strokeDasharray="4 3"
                  />
                </svg>
                {comparisonName}
              </li>
            )}
          </ul>
          <div className="flex flex-wrap items-center gap-3">
            {toolbar}
            <TabsList aria-label={t('views')}>
              <TabsTrigger value="chart">{t('viewChart')}</TabsTrigger>
              <TabsTrigger value="table">{t('viewTable')}</TabsTrigger>
            </TabsList>
          </div>
        </div>

        <TabsContent value="chart">
          <div style={{ height }} className="w-full">
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart data={data.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <defs>
                  {data.series.map((key) => (
                    <SeriesPatternDef
                      key={key}
                      id={`${uid}-${key}`}
                      color={colorOf(seriesStyle[key].color)}
                      pattern={seriesStyle[key].pattern}
                    />
                  ))}
                </defs>
                <CartesianGrid stroke="var(--color-border)" vertical={false} />
                <XAxis
                  dataKey="label"
                  tick={{ fill: 'var(--color-muted)', fontSize: 12 }}
                  stroke="var(--color-border-strong)"
                  interval="preserveStartEnd"
                  minTickGap={12}
                />
                <YAxis
                  allowDecimals={false}
                  width={40}
                  tick={{ fill: 'var(--color-muted)', fontSize: 12 }}
                  stroke="var(--color-border-strong)"
                />
                <ChartTooltip
                  isAnimationActive={false}
                  cursor={{ fill: 'var(--color-surface-overlay)', opacity: 0.5 }}
                  contentStyle={{
                    background: 'var(--color-surface-overlay)',
                    border: '1px solid var(--color-border-strong)',
                    borderRadius: 8,
                    color: 'var(--color-foreground)',
                  }}
                  labelStyle={{ color: 'var(--color-foreground)', fontWeight: 600 }}
                  formatter={(value) => format(value)}
                />
                {data.series.map((key) => (
                  <Bar
                    key={key}
                    dataKey={key}
                    name={nameOf(key)}
                    stackId="calls"
                    fill={`url(#${uid}-${key})`}
                    stroke={colorOf(seriesStyle[key].color)}
                    isAnimationActive={false}
                  />
                ))}
                {data.hasComparison && (
                  <Line
                    dataKey="comparison"
                    name={comparisonName}
                    type="monotone"
                    stroke={colorOf(comparisonColor)}
                    strokeWidth={2}
                    strokeDasharray="4 3"
                    dot={false}
                    connectNulls
                    isAnimationActive={false}
                  />
                )}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </TabsContent>

        <TabsContent value="table">
          <Table aria-label={title}>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t('bucket')}</TableHead>
                {data.series.map((key) => (
                  <TableHead key={key} scope="col" className="text-right">
                    {nameOf(key)}
                  </TableHead>
                ))}
                {data.hasComparison && (
                  <TableHead scope="col" className="text-right">
                    {comparisonName}
                  </TableHead>
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.rows.map((row) => (
                <TableRow key={row.start}>
                  <TableCell>{row.label}</TableCell>
                  {data.series.map((key) => (
                    <TableCell key={key} className="text-right tabular-nums">
                      {format(row[key])}
                    </TableCell>
                  ))}
                  {data.hasComparison && (
                    <TableCell className="text-right tabular-nums">
                      {format(row.comparison)}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TabsContent>
      </Tabs>
      {data.downsampled && (
        <figcaption className="text-xs text-muted" data-testid="chart-downsampled">
          {t('downsampled', data.downsampled)}
        </figcaption>
      )}
    </figure>
  );
}

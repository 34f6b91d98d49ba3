'use client';

import { useId, useMemo, type ReactNode } from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
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
import { useElementWidth } from '@/components/ui/use-element-width';
import { axisInterval } from './axis-interval';
import { valueTicks } from './value-ticks';
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

const margin = { top: 8, right: 8, bottom: 0, left: 0 };
/**
 * Beyond this many buckets each bar is a few pixels wide, and drawing them one by one (a React
 * element and an SVG path per bar and series) took half a second for a month of hours: the
 * series become stacked steps instead, one path each, which read the same at that density.
 */
export const denseRows = 120;
const yAxisWidth = 40;

/**
 * Calls per bucket as stacked bars (by direction or by outcome; stacked steps when dense), with an
 * optional comparison line; a data-table view is the text alternative. No animation: it redraws
 * on live data.
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
  const [plot, width] = useElementWidth<HTMLDivElement>();
  const dense = data.rows.length > denseRows;
  const labels = useMemo(() => data.rows.map((row) => row.label), [data.rows]);
  const interval = axisInterval(labels, width - yAxisWidth - margin.right - margin.left);
  const yTicks = useMemo(() => valueTicks(data), [data]);
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
          <div ref={plot} style={{ height }} className="w-full">
            {/* Drawn once its width is known (no first pass at a guessed size to redo). */}
            {width > 0 && (
              <ComposedChart width={width} height={height} data={data.rows} margin={margin}>
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
                  interval={interval}
                />
                <YAxis
                  allowDecimals={false}
                  domain={[0, yTicks.at(-1) ?? 'auto']}
                  ticks={yTicks}
                  width={yAxisWidth}
                  // Every tick: five or fewer round values never collide, and the default
                  // ('preserveEnd') measures each label in the DOM, a forced layout apiece.
                  interval={0}
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
                {data.series.map((key) =>
                  dense ? (
                    <Area
                      key={key}
                      dataKey={key}
                      name={nameOf(key)}
                      stackId="calls"
                      type="step"
                      fill={`url(#${uid}-${key})`}
                      fillOpacity={1}
                      stroke={colorOf(seriesStyle[key].color)}
                      dot={false}
                      activeDot={false}
                      isAnimationActive={false}
                    />
                  ) : (
                    <Bar
                      key={key}
                      dataKey={key}
                      name={nameOf(key)}
                      stackId="calls"
                      fill={`url(#${uid}-${key})`}
                      stroke={colorOf(seriesStyle[key].color)}
                      isAnimationActive={false}
                    />
                  ),
                )}
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
            )}
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

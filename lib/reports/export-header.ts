import { DateTime } from 'luxon';
import { addDays } from '@/lib/time/business-day';
import type { DateRange } from './presets';

export interface ExportHeader {
  title: string;
  sourceName: string;
  range: DateRange;
  timeZone: string;
  generatedAt: Date;
  /** The business-day start when the period is business days that do not start at midnight. */
  dayStart?: string | null;
}

export interface HeaderLabels {
  /** e.g. "Period {from} – {to}"; placeholders are filled here. */
  period: string;
  timeZone: string;
  generated: string;
}

/**
 * The lines drawn above every exported chart and at the top of the PDF: title; source; period and
 * time zone; generation time in the source's zone, so a printed chart says what it shows.
 */
export function exportHeaderLines(header: ExportHeader, labels: HeaderLabels): string[] {
  const generated = DateTime.fromJSDate(header.generatedAt, { zone: header.timeZone });
  const { range, dayStart } = header;
  // Business days run from their start to the same time the next day: say so, with both times.
  const period = dayStart
    ? `${range.from} ${dayStart} – ${addDays(range.to, 1)} ${dayStart}`
    : range.from === range.to
      ? range.from
      : `${range.from} – ${range.to}`;
  return [
    header.title,
    header.sourceName,
    `${labels.period}: ${period} · ${labels.timeZone}: ${header.timeZone}`,
    `${labels.generated}: ${generated.toFormat('yyyy-MM-dd HH:mm:ss ZZ')}`,
  ];
}

export interface SvgHeaderStyle {
  background: string;
  title: string;
  text: string;
  fontFamily: string;
}

export const headerLineHeight = 20;
const headerPadding = 16;

export interface LegendItem {
  label: string;
  color: string;
}

/** Height the header adds above a chart for `lines` (and a legend row when there is one). */
export function headerHeight(lines: readonly string[], legend: readonly LegendItem[] = []): number {
  return headerPadding * 2 + (lines.length + (legend.length > 0 ? 1 : 0)) * headerLineHeight;
}

/**
 * A standalone SVG document: the header lines, then the chart's own SVG (its inner markup and
 * size) below them, on an opaque background so the file reads the same in any viewer.
 */
export function composeChartSvg(
  chart: { markup: string; width: number; height: number },
  lines: readonly string[],
  style: SvgHeaderStyle,
  legend: readonly LegendItem[] = [],
): string {
  const top = headerHeight(lines, legend);
  const width = Math.round(chart.width);
  const height = Math.round(chart.height + top);
  const text = lines
    .map((line, index) => {
      const y = headerPadding + (index + 1) * headerLineHeight - 5;
      const first = index === 0;
      return `<text x="${headerPadding}" y="${y}" font-size="${first ? 16 : 13}" font-weight="${
        first ? 600 : 400
      }" fill="${escapeXml(first ? style.title : style.text)}">${escapeXml(line)}</text>`;
    })
    .join('');
  // The page's legend is HTML outside the chart's SVG, so the file gets its own.
  const legendY = headerPadding + lines.length * headerLineHeight + 4;
  let legendX = headerPadding;
  const legendMarkup = legend
    .map((item) => {
      const markup = `<rect x="${legendX}" y="${legendY + 2}" width="10" height="10" fill="${escapeXml(
        item.color,
      )}"/><text x="${legendX + 14}" y="${legendY + 11}" font-size="12" fill="${escapeXml(
        style.text,
      )}">${escapeXml(item.label)}</text>`;
      legendX += 14 + item.label.length * 7 + 18;
      return markup;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(style.fontFamily)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${escapeXml(style.background)}"/>`,
    text,
    legendMarkup,
    `<g transform="translate(0 ${top})">${chart.markup}</g>`,
    '</svg>',
  ].join('');
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Replaces `var(--name)` and `var(--name, fallback)` with their values: a saved SVG has no page
 * stylesheet, so theme colours must be written out. Unknown names keep their fallback, else
 * `currentColor`.
 */
export function resolveCssVariables(
  markup: string,
  lookup: (name: string) => string | undefined,
): string {
  return markup.replace(
    /var\(\s*(--[A-Za-z0-9-_]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
    (_, name: string, fallback: string | undefined) =>
      lookup(name)?.trim() || fallback?.trim() || 'currentColor',
  );
}

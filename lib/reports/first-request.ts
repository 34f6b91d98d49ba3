import type { ReportSource } from './report-source';
import { parseReportParams, resolveReportState, statsRequest } from './url-state';
import { statsPath } from '@/lib/queries/stats-request';

/**
 * The path of the series request the reports page will make first for this query string, or
 * null when it draws no chart. The page's HTML names it as a preload, so the browser fetches the
 * chart's data while it loads the page's scripts instead of after hydration (issue 8's
 * navigation → painted chart budget). Computed with the same functions the page uses, so the
 * preload is the very request the page makes; at worst (the preset turned over between server
 * and browser) it goes unused.
 */
export function firstSeriesPath(
  query: URLSearchParams,
  sources: readonly ReportSource[],
  now: Date,
): string | null {
  const state = resolveReportState(parseReportParams(query), sources, now);
  if (!state?.bucket || state.source.capabilities.series.length === 0) return null;
  return statsPath(state.source.id, 'series', statsRequest(state), state.bucket);
}

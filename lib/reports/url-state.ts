import { SeriesBucket } from '@/lib/model/source';
import type { StatsRequest } from '@/lib/queries/stats-request';
import { bucketStates, defaultBucket, type BucketState } from './buckets';
import { midnight } from '@/lib/time/business-day';
import { businessDaysRequest } from '@/lib/time/business-day-request';
import {
  businessDayPresets,
  isCalendarDate,
  isPresetId,
  presetRange,
  type DateRange,
  type PresetId,
} from './presets';
import {
  filterPatterns,
  sourceFilters,
  statsFilters,
  type ReportSource,
  type StatsFilterName,
} from './report-source';

/** Which chart the page shows: calls by direction or by outcome. */
export const chartModes = ['direction', 'outcome'] as const;
export type ChartMode = (typeof chartModes)[number];

export type ReportFilters = Partial<Record<StatsFilterName, string>>;

/** What the URL says, each value kept only when well-formed (nothing here knows the sources). */
export interface ReportUrlState {
  source?: string;
  preset?: PresetId;
  from?: string;
  to?: string;
  bucket?: SeriesBucket;
  chart?: ChartMode;
  filters: ReportFilters;
}

/** The state the page shows: every value valid for the chosen source. */
export interface ReportState {
  source: ReportSource;
  /** null for a custom range. */
  preset: PresetId | null;
  range: DateRange;
  /**
   * Set when the period is business days that do not start at midnight (today or yesterday of a
   * source with `businessDayStart`): each runs from this time to the same time the next day.
   */
  dayStart: string | null;
  buckets: BucketState[];
  /** null when no bucket fits the source and the range. */
  bucket: SeriesBucket | null;
  chart: ChartMode;
  filters: ReportFilters;
}

export const defaultPreset: PresetId = 'last-7-days';

/** Reads the query string; a malformed value is dropped (and later defaulted), never thrown. */
export function parseReportParams(params: URLSearchParams): ReportUrlState {
  const state: ReportUrlState = { filters: {} };
  const source = params.get('source');
  if (source && /^[a-z0-9][a-z0-9-]{0,31}$/.test(source)) state.source = source;
  const preset = params.get('preset');
  if (preset && isPresetId(preset)) state.preset = preset;
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && isCalendarDate(from) && isCalendarDate(to) && from <= to) {
    state.from = from;
    state.to = to;
  }
  const bucket = SeriesBucket.safeParse(params.get('bucket'));
  if (bucket.success) state.bucket = bucket.data;
  const chart = params.get('chart');
  if (chart === 'direction' || chart === 'outcome') state.chart = chart;
  for (const name of statsFilters) {
    const value = params.get(name)?.trim();
    if (value && filterPatterns[name].test(value)) state.filters[name] = value;
  }
  return state;
}

/**
 * The state to show for a URL: an unknown source becomes the first one, a missing or bad period
 * the default preset, a bucket the source or range cannot give the default bucket, and filters
 * the source does not honour are dropped. Undefined only when there is no source at all.
 */
export function resolveReportState(
  url: ReportUrlState,
  sources: readonly ReportSource[],
  now: Date,
): ReportState | undefined {
  const source = sources.find((candidate) => candidate.id === url.source) ?? sources[0];
  if (!source) return undefined;
  // A preset wins over from/to, so a shared "last 7 days" link moves with the calendar.
  const preset = url.preset ?? (url.from && url.to ? null : defaultPreset);
  const range =
    preset !== null
      ? presetRange(preset, source.timezone, now, source.businessDayStart)
      : { from: url.from ?? '', to: url.to ?? '' };
  const dayStart =
    preset !== null && businessDayPresets.includes(preset) && source.businessDayStart !== midnight
      ? source.businessDayStart
      : null;
  const buckets = bucketStates(source.capabilities.series, range, source.timezone, dayStart);
  const chosen = buckets.find((state) => state.bucket === url.bucket && state.available);
  const offered = sourceFilters(source);
  const filters: ReportFilters = {};
  for (const name of offered) {
    const value = url.filters[name];
    if (value) filters[name] = value;
  }
  return {
    source,
    preset,
    range,
    dayStart,
    buckets,
    bucket: chosen ? chosen.bucket : defaultBucket(buckets, range),
    chart: url.chart ?? 'direction',
    filters,
  };
}

/** The URL values a shown state stands for (a preset rather than its dates). */
export function toUrlState(state: ReportState): ReportUrlState {
  return {
    source: state.source.id,
    ...(state.preset ? { preset: state.preset } : { from: state.range.from, to: state.range.to }),
    ...(state.bucket ? { bucket: state.bucket } : {}),
    chart: state.chart,
    filters: state.filters,
  };
}

/** The query string, in a fixed order, so equal states give equal URLs. */
export function serializeReportParams(url: ReportUrlState): string {
  const params = new URLSearchParams();
  if (url.source) params.set('source', url.source);
  if (url.preset) params.set('preset', url.preset);
  else if (url.from && url.to) {
    params.set('from', url.from);
    params.set('to', url.to);
  }
  if (url.bucket) params.set('bucket', url.bucket);
  if (url.chart) params.set('chart', url.chart);
  for (const name of statsFilters) {
    const value = url.filters[name];
    if (value) params.set(name, value);
  }
  return params.toString();
}

/** The query string after a control's change; choosing dates leaves the preset. */
export function changeReportParams(state: ReportState, change: Partial<ReportUrlState>): string {
  const next: ReportUrlState = { ...toUrlState(state), ...change };
  if (change.from !== undefined || change.to !== undefined) next.preset = undefined;
  if (change.preset !== undefined) {
    next.from = undefined;
    next.to = undefined;
  }
  return serializeReportParams(next);
}

/**
 * The API request for a state's period and filters: dates (a date `to`: that day included), or for
 * business days their start and end instants with the zone's offset, so a start the clocks skip
 * or repeat on a summer-time change day is still one exact instant.
 */
export function statsRequest(
  state: Pick<ReportState, 'range' | 'filters' | 'dayStart'> & { source: { timezone: string } },
): StatsRequest {
  const { range, dayStart, filters } = state;
  const zone = state.source.timezone;
  return { ...businessDaysRequest(range.from, range.to, zone, dayStart ?? midnight), ...filters };
}

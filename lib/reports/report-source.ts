import { z } from 'zod';
import type { SourceInfo } from '@/lib/model/source';

export const statsFilters = ['externalNumber', 'queue', 'agent'] as const;
export const StatsFilterName = z.enum(statsFilters);
export type StatsFilterName = z.infer<typeof StatsFilterName>;

/** A source as the reports page reads it: GET /api/v1/sources lists its filters. */
export type ReportSource = SourceInfo;

/** The filters this source says it honours, in a fixed order; unknown names are ignored. */
export function sourceFilters(source: ReportSource): StatsFilterName[] {
  const listed: readonly string[] = source.capabilities.filters;
  return statsFilters.filter((name) => listed.includes(name));
}

/** What each filter accepts; the API checks the same, this only avoids a round trip for typos. */
export const filterPatterns: Record<StatsFilterName, RegExp> = {
  externalNumber: /^\+?[0-9]{3,20}$/,
  queue: /^[\p{L}\p{N} _.@-]{1,64}$/u,
  agent: /^[\p{L}\p{N} _.@'-]{1,64}$/u,
};

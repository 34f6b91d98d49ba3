import { z } from 'zod';
import { Capabilities, SourceInfo } from '@/lib/model/source';

export const statsFilters = ['externalNumber', 'queue', 'agent'] as const;
export const StatsFilterName = z.enum(statsFilters);
export type StatsFilterName = z.infer<typeof StatsFilterName>;

/**
 * A source as the reports page reads it. `capabilities.filters` is optional: servers that do not
 * list it yet are read as offering no filters (and no filter controls are shown).
 */
export const ReportSource = SourceInfo.extend({
  capabilities: Capabilities.extend({
    filters: z.array(z.string()).optional().catch(undefined),
  }),
});
export type ReportSource = z.infer<typeof ReportSource>;

export const ReportSourcesResponse = z.object({ sources: z.array(ReportSource) });

/** The filters this source says it honours, in a fixed order; unknown names are ignored. */
export function sourceFilters(source: ReportSource): StatsFilterName[] {
  const listed = source.capabilities.filters ?? [];
  return statsFilters.filter((name) => listed.includes(name));
}

/** What each filter accepts; the API checks the same, this only avoids a round trip for typos. */
export const filterPatterns: Record<StatsFilterName, RegExp> = {
  externalNumber: /^\+?[0-9]{3,20}$/,
  queue: /^[\p{L}\p{N} _.@-]{1,64}$/u,
  agent: /^[\p{L}\p{N} _.@'-]{1,64}$/u,
};

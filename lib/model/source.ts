import { z } from 'zod';

/** The upstream kinds Callboard speaks; the union type is derived from this list. */
export const sourceKinds = ['utel', 'telphin', 'telecomx', 'enswitch', 'asternic'] as const;
export const SourceKind = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof SourceKind>;

export const seriesBuckets = ['hour', 'day', 'month'] as const;
export const SeriesBucket = z.enum(seriesBuckets);
export type SeriesBucket = z.infer<typeof SeriesBucket>;

export const statsFilters = ['externalNumber', 'queue', 'agent'] as const;
export const StatsFilter = z.enum(statsFilters);
export type StatsFilter = z.infer<typeof StatsFilter>;

/** What a source can give, natively or derived honestly, and the filters it honours. */
export const Capabilities = z.object({
  summary: z.boolean(),
  series: z.array(SeriesBucket),
  agents: z.boolean(),
  externalNumbers: z.boolean(),
  liveQueues: z.boolean(),
  filters: z.array(StatsFilter),
});
export type Capabilities = z.infer<typeof Capabilities>;

export const HealthStatus = z.enum(['ok', 'degraded', 'down']);
export type HealthStatus = z.infer<typeof HealthStatus>;

export const SourceHealth = z.object({
  status: HealthStatus,
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type SourceHealth = z.infer<typeof SourceHealth>;

/** One entry of GET /api/v1/sources. */
export const SourceInfo = z.object({
  id: z.string(),
  name: z.string(),
  kind: SourceKind,
  timezone: z.string(),
  /** The live polling period; screens count data as overdue from it. */
  refreshSeconds: z.number().positive(),
  /** Where the source's "today" begins, `HH:MM` in its zone (`00:00` = midnight). */
  businessDayStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** Service level counts calls answered within this many seconds of holding… */
  serviceLevelSeconds: z.number().int().positive(),
  /** …or within the queue's own threshold, keyed by queue id, where one is set. */
  queueServiceLevelSeconds: z.record(z.string(), z.number().int().positive()),
  capabilities: Capabilities,
  health: SourceHealth,
});
export type SourceInfo = z.infer<typeof SourceInfo>;

export const SourcesResponse = z.object({ sources: z.array(SourceInfo) });
export type SourcesResponse = z.infer<typeof SourcesResponse>;

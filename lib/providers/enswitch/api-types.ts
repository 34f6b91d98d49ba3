import { z } from 'zod';

/**
 * Raw Enswitch JSON API shapes (FACTS §4, D8). Perl emits numbers as numbers or strings, and the
 * statistics field list is not fully documented, so values stay raw here and every statistics
 * field is optional; the mapper decides what a missing or unreadable value means (null).
 */
export const EnswitchScalarWire = z.union([z.string(), z.number(), z.boolean()]).nullish();
export type EnswitchScalarWire = z.infer<typeof EnswitchScalarWire>;

/** One entry of `responses`; `code` is a string ("200") in the docs, a number tolerated. */
export const EnswitchResponseWire = z.looseObject({
  code: z.union([z.string(), z.number()]).transform((code) => String(code).trim()),
  key: z.string().nullish(),
  message: z.string().nullish(),
});
export type EnswitchResponseWire = z.output<typeof EnswitchResponseWire>;

/** Every answer: `responses` to check first, then `data` (absent after 204, or when empty). */
export const EnswitchEnvelopeWire = z.looseObject({
  responses: z.array(EnswitchResponseWire).min(1),
  data: z.unknown().optional(),
});
export type EnswitchEnvelopeWire = z.output<typeof EnswitchEnvelopeWire>;

/** A list in `data`: normally an array; a keyed object or nothing are read as its rows. */
export function enswitchRows<T extends z.ZodType>(row: T) {
  return z.preprocess((data) => {
    if (data === null || data === undefined) return [];
    if (typeof data === 'object' && !Array.isArray(data)) return Object.values(data);
    return data;
  }, z.array(row));
}

/** `queues/destinations/statistics/get?queue=…`: one row per `dtype` + `dnumber`. */
export const EnswitchDestinationStatsWire = z.looseObject({
  dtype: z.string(),
  dnumber: z.union([z.string(), z.number()]).transform(String),
  calls: EnswitchScalarWire,
  calls_answered: EnswitchScalarWire,
  talktime_sum: EnswitchScalarWire,
});
export type EnswitchDestinationStatsWire = z.output<typeof EnswitchDestinationStatsWire>;
export const EnswitchDestinationStatsListWire = enswitchRows(EnswitchDestinationStatsWire);

/** `queues/active/list?answered=0`: one row per call leg still waiting to be answered. */
export const EnswitchActiveCallWire = z.looseObject({
  uniqueid: EnswitchScalarWire,
  start: EnswitchScalarWire,
  queue_start: EnswitchScalarWire,
  callerid_internal: EnswitchScalarWire,
  callerid: EnswitchScalarWire,
  callerid_name: EnswitchScalarWire,
});
export type EnswitchActiveCallWire = z.output<typeof EnswitchActiveCallWire>;
export const EnswitchActiveCallListWire = enswitchRows(EnswitchActiveCallWire);

/** `queues/destinations/list?queue=…`: rows of `queue_destinations`, i.e. the queue's members. */
export const EnswitchQueueDestinationWire = z.looseObject({
  id: EnswitchScalarWire,
  queue: EnswitchScalarWire,
  dtype: z.string(),
  dnumber: z.union([z.string(), z.number()]).transform(String),
  available: EnswitchScalarWire,
  priority: EnswitchScalarWire,
});
export type EnswitchQueueDestinationWire = z.output<typeof EnswitchQueueDestinationWire>;
export const EnswitchQueueDestinationListWire = enswitchRows(EnswitchQueueDestinationWire);

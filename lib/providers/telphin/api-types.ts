import { z } from 'zod';

/**
 * Raw Telphin shapes (FACTS §2, D4). Counters are JSON integers; keys contain spaces. Every field
 * is optional here: `call_stat` and `cdr_stat` differ, and a missing counter maps to null.
 */

const counter = z.number().int().nonnegative().optional();

/** `call_stat` (calls/stats): counters over the period. They are not a partition (FACTS §2.4). */
export const TelphinCallStatWire = z.looseObject({
  total: counter,
  answered: counter,
  bridged: counter,
  bridged_duration: counter,
  duration: counter,
  busy: counter,
  rejected: counter,
  failed: counter,
  'not answered': counter,
  'answered elsewhere': counter,
  diverted: counter,
});
export type TelphinCallStatWire = z.infer<typeof TelphinCallStatWire>;

/** `GET /client/{id}/calls/stats/`: both directions are optional in the vendor text. */
export const TelphinCallsStatsWire = z.looseObject({
  in: TelphinCallStatWire.optional(),
  out: TelphinCallStatWire.optional(),
});
export type TelphinCallsStatsWire = z.infer<typeof TelphinCallsStatsWire>;

/** `POST /oauth/token`: `expires_in` may be absent (public client fixtures) or a digit string. */
export const TelphinTokenWire = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z
    .union([
      z.number().nonnegative(),
      z
        .string()
        .regex(/^\d+$/)
        .transform((text) => Number(text)),
    ])
    .optional(),
});
export type TelphinTokenWire = z.output<typeof TelphinTokenWire>;

/** `{message}` (REST errors, 429), optionally `code`/`status`; OAuth `{error, error_description}`. */
export const TelphinErrorWire = z.looseObject({
  message: z.string().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  status: z.union([z.string(), z.number()]).optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});
export type TelphinErrorWire = z.infer<typeof TelphinErrorWire>;

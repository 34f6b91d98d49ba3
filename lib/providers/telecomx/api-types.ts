import { z } from 'zod';

/**
 * Raw Telecom X shapes (FACTS §3, D6, D7). Counters are JSON numbers; a counter the answer leaves
 * out (or sends as null) stays absent here and becomes null in the mapper, never 0.
 */
const wireCount = z.number().int().nonnegative().nullish();
const wireSeconds = z.number().nonnegative().nullish();

/** One interval of one employee: `data.<interval>` (the vendor table types it "Number"). */
export const TelecomxIntervalWire = z.looseObject({
  outboundCalls: wireCount,
  outboundSeconds: wireSeconds,
  outboundAnswered: wireCount,
  outboundUnanswered: wireCount,
  outboundFailed: wireCount,
  inboundCalls: wireCount,
  inboundSeconds: wireSeconds,
  inboundAnswered: wireCount,
  inboundUnanswered: wireCount,
  inboundBusy: wireCount,
});
export type TelecomxIntervalWire = z.infer<typeof TelecomxIntervalWire>;

const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)));

/** Interval map keyed by label (`"49"`, `"7"`); an employee without calls may send `{}` or `[]`. */
const intervalMap = z
  .union([z.record(z.string(), TelecomxIntervalWire), z.tuple([])])
  .nullish()
  .transform((map): Record<string, TelecomxIntervalWire> =>
    map && !Array.isArray(map) ? map : {},
  );

export const TelecomxEmployeeStatsWire = z.looseObject({
  employeeId: z.string().min(1),
  employeeName: optionalText,
  extensionId: optionalText,
  extensionNumber: optionalText,
  data: intervalMap,
});
export type TelecomxEmployeeStatsWire = z.output<typeof TelecomxEmployeeStatsWire>;

/** `POST /pbx/cdrstats` with `format: JSON`: one object per employee. */
export const TelecomxCdrStatsWire = z.array(TelecomxEmployeeStatsWire);
export type TelecomxCdrStatsWire = z.output<typeof TelecomxCdrStatsWire>;

/** `POST /auth/login`; `expiresInMinutes` is 15 by default and -1 for a persistent session. */
export const TelecomxLoginWire = z.looseObject({
  token: z.string().min(1),
  expiresInMinutes: z.number().nullish(),
});
export type TelecomxLoginWire = z.infer<typeof TelecomxLoginWire>;

const TelecomxErrorItemWire = z.looseObject({
  message: z.string().nullish(),
  code: z.union([z.string(), z.number()]).nullish(),
  status: z.union([z.number(), z.string()]).nullish(),
});

/** `{error: {message, code, status}}`; the cut-off "multiple errors" form may carry an array. */
export const TelecomxErrorWire = z.looseObject({
  error: z.union([TelecomxErrorItemWire, z.array(TelecomxErrorItemWire)]),
});
export type TelecomxErrorWire = z.infer<typeof TelecomxErrorWire>;

export type TelecomxGrouping = 'MONTH' | 'WEEK' | 'DAY' | 'HOUR';

/** The request body we send; `from`/`to` are ISO-8601 UTC instants. */
export interface TelecomxCdrStatsRequestWire {
  from: string;
  to: string;
  groupingInterval: TelecomxGrouping;
  direction: 'BOTH';
  ignoreLocal: boolean;
  fields: readonly string[];
  format: 'JSON';
}

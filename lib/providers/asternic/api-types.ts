import { z } from 'zod';

/**
 * Raw Asternic CCStats PRO REST shapes (FACTS §5, D9, D10). Tolerant on purpose: PHP emits numbers
 * as strings, empty maps as `[]` or `{}`, and key sets differ between versions. Values stay raw
 * here; the mapper turns them into numbers and decides what a missing value means.
 */
export const WireScalar = z.union([z.string(), z.number()]).nullable();
export type WireScalar = z.infer<typeof WireScalar>;

/** A keyed PHP array: json_encode writes `{}` when keyed and `[]` when empty (or a 0-based list). */
function phpMap<T extends z.ZodType>(value: T) {
  return z
    .union([z.record(z.string(), value), z.array(value)])
    .transform((map): Record<string, z.output<T>> =>
      Array.isArray(map)
        ? Object.fromEntries(map.map((item, index) => [String(index), item]))
        : map,
    );
}

/** A PHP list: normally `[...]`, but a `{}` from an emptied keyed array means the same. */
function phpList<T extends z.ZodType>(value: T) {
  return z
    .union([z.array(value), z.record(z.string(), value)])
    .transform((list): z.output<T>[] => (Array.isArray(list) ? list : Object.values(list)));
}

// ---- entity=realtime -----------------------------------------------------------------------

export const AsternicWaitingCallerWire = z.looseObject({
  calleridNum: WireScalar.optional(),
  calleridName: WireScalar.optional(),
  waitTime: WireScalar.optional(),
});
export type AsternicWaitingCallerWire = z.infer<typeof AsternicWaitingCallerWire>;

export const AsternicAgentWire = z.looseObject({
  status: WireScalar.optional(),
  paused: z.union([WireScalar, z.boolean()]).optional(),
});
export type AsternicAgentWire = z.infer<typeof AsternicAgentWire>;

/** Version 2 keys (the vendor text) plus the newer UI's `Available` and `Received`. */
export const AsternicSummaryV2Wire = z.looseObject({
  Waiting: WireScalar.optional(),
  Agents: WireScalar.optional(),
  Available: WireScalar.optional(),
  Penalty: WireScalar.optional(),
  'Logged Off': WireScalar.optional(),
  Busy: WireScalar.optional(),
  Paused: WireScalar.optional(),
  Received: WireScalar.optional(),
  Answered: WireScalar.optional(),
  Unanswered: WireScalar.optional(),
  Abandoned: WireScalar.optional(),
  'Abandon Rate': WireScalar.optional(),
  'Avg Wait': WireScalar.optional(),
  'Avg Duration': WireScalar.optional(),
  'Max. wait time': WireScalar.optional(),
});
export type AsternicSummaryV2Wire = z.infer<typeof AsternicSummaryV2Wire>;

/** Version 1 keys, as Asternic's own demo scripts read them (`answeredCals` is the vendor's typo). */
export const AsternicSummaryV1Wire = z.looseObject({
  staffed: WireScalar.optional(),
  talking: WireScalar.optional(),
  auxiliary: WireScalar.optional(),
  answeredCals: WireScalar.optional(),
  answeredCalls: WireScalar.optional(),
  unansweredCalls: WireScalar.optional(),
  abandonRate: WireScalar.optional(),
  averageWaitTime: WireScalar.optional(),
  averageCallTime: WireScalar.optional(),
  callsWaiting: WireScalar.optional(),
  maxWaitTime: WireScalar.optional(),
});
export type AsternicSummaryV1Wire = z.infer<typeof AsternicSummaryV1Wire>;

const v1OnlyKeys = Object.keys(AsternicSummaryV1Wire.shape);
const v2Keys = Object.keys(AsternicSummaryV2Wire.shape);

/** v1 when it has a v1 key and no v2 key; a mixed or empty summary is read as v2. */
function isV1Summary(summary: Record<string, unknown>): boolean {
  const keys = Object.keys(summary);
  return keys.some((key) => v1OnlyKeys.includes(key)) && !keys.some((key) => v2Keys.includes(key));
}

export const AsternicQueueSummaryWire = z.union([
  AsternicSummaryV1Wire.refine(isV1Summary).transform((fields) => ({
    version: 'v1' as const,
    fields,
  })),
  AsternicSummaryV2Wire.transform((fields) => ({ version: 'v2' as const, fields })),
]);
export type AsternicQueueSummaryWire = z.output<typeof AsternicQueueSummaryWire>;

/** The live answer; waiting callers keyed by queue then position, agents by queue then name. */
// "waiting calls" is required: without it the main wallboard figure would be a made-up 0.
export const AsternicRealtimeWire = z.object({
  'waiting calls': phpMap(phpMap(AsternicWaitingCallerWire)),
  summary: z.object({ queue: phpMap(AsternicQueueSummaryWire) }),
  agents: phpMap(phpMap(AsternicAgentWire)).optional(),
});
export type AsternicRealtimeWire = z.output<typeof AsternicRealtimeWire>;

// ---- entity=queues, agents, reports -----------------------------------------------------------

export const AsternicQueueRowWire = z.looseObject({
  queue_id: WireScalar,
  queue: WireScalar,
  queue_name: WireScalar.optional(),
});
export const AsternicQueuesWire = z.object({ data: phpList(AsternicQueueRowWire) });
export type AsternicQueuesWire = z.output<typeof AsternicQueuesWire>;

export const AsternicAgentRowWire = z.looseObject({
  agent_id: WireScalar,
  agent: WireScalar,
  agent_name: WireScalar.optional(),
});
export const AsternicAgentsWire = z.object({ data: phpList(AsternicAgentRowWire) });
export type AsternicAgentsWire = z.output<typeof AsternicAgentsWire>;

export const AsternicReportsWire = z.object({
  data: phpList(z.looseObject({ report: z.string() })),
});
export type AsternicReportsWire = z.output<typeof AsternicReportsWire>;

/** Report rows are flat maps keyed by human labels (`"% Calls"`); every value a string. */
export const AsternicReportRowWire = z.record(z.string(), WireScalar);
export type AsternicReportRowWire = z.infer<typeof AsternicReportRowWire>;

/** jqGrid envelope of `reports/<name>` and `search`: `total` counts pages, `records` rows. */
export const AsternicPagedReportWire = z.looseObject({
  page: WireScalar,
  total: WireScalar,
  records: WireScalar,
  rows: phpList(AsternicReportRowWire),
});
export type AsternicPagedReportWire = z.output<typeof AsternicPagedReportWire>;

/** `call/<uniqueid>`: the call's raw queue_log rows in a differently named envelope. */
export const AsternicCallWire = z.looseObject({
  totalpages: WireScalar,
  currpage: WireScalar,
  totalrecords: WireScalar,
  data: phpList(AsternicReportRowWire),
});
export type AsternicCallWire = z.output<typeof AsternicCallWire>;

/** Fault mode names are a contract: app tests and benchmarks switch them by these names. */
export const FAULT_MODES = [
  'hang',
  'slow',
  'http-500',
  'http-502',
  'http-503',
  'reset',
  'truncated',
  'malformed-json',
  'trailing-comma',
  'schema-missing',
  'schema-extra',
  'expired-token',
  'rate-limit',
  'html',
] as const;

export type FaultMode = (typeof FAULT_MODES)[number];

/** A fault as set through `PUT /_sim/faults/<api>` or `sim.faults.set(api, spec)`. */
export interface FaultSpec {
  mode: FaultMode;
  /** `slow`: answer after this many ms (default 3000). */
  delayMs?: number;
  /** `rate-limit`: Retry-After seconds (default 30). */
  retryAfterSeconds?: number;
  /** Only requests whose path+query contains one of these strings (e.g. `entity=realtime`). */
  paths?: string[];
  /** Only the next N matching requests; the fault then clears itself. */
  count?: number;
}

/** A registered fault; `count` is what is left of it. */
export interface Fault extends FaultSpec {
  api: string;
}

/** The API name that makes a fault apply to every dialect. */
export const ALL_APIS = '*';
export const DEFAULT_SLOW_DELAY_MS = 3000;
export const DEFAULT_RETRY_AFTER_SECONDS = 30;
export const RATE_LIMIT_PER_MINUTE = 60;

/** `GET /_sim/faults`; `hung` = requests currently held open by `hang`. */
export interface FaultList {
  faults: Fault[];
  hung: number;
}

export interface ApiRequestCounts {
  total: number;
  /** Key: path below the dialect prefix plus only the query parts that name the endpoint. */
  byPath: Record<string, number>;
}

/** `GET /_sim/requests`. */
export interface RequestCounts {
  total: number;
  byApi: Record<string, ApiRequestCounts>;
}

/** Body of every 4xx from the control endpoint. */
export interface ControlError {
  error: string;
  field: string;
  allowed: string[];
}

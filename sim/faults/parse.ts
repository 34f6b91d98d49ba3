import {
  DEFAULT_RETRY_AFTER_SECONDS,
  DEFAULT_SLOW_DELAY_MS,
  FAULT_MODES,
  type FaultMode,
  type FaultSpec,
} from './types';

/** A bad fault setting; the control endpoint turns it into a 400 naming the field. */
export class FaultSpecError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly allowed: string[],
  ) {
    super(message);
  }
}

const FIELDS = ['mode', 'delayMs', 'retryAfterSeconds', 'paths', 'count'];
const MAX_DELAY_MS = 600_000;
const MAX_RETRY_AFTER_SECONDS = 86_400;
const MAX_PATHS = 20;
const MAX_PATH_LENGTH = 200;

const isMode = (value: unknown): value is FaultMode =>
  typeof value === 'string' && (FAULT_MODES as readonly string[]).includes(value);

function int(input: Record<string, unknown>, field: string, min: number, max: number) {
  const value = input[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new FaultSpecError(field, `invalid ${field}: ${JSON.stringify(value)}`, [
      `integer ${min}..${max}`,
    ]);
  }
  return value;
}

function paths(input: Record<string, unknown>): string[] | undefined {
  const value = input.paths;
  if (value === undefined) return undefined;
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= MAX_PATHS &&
    value.every((p) => typeof p === 'string' && p !== '' && p.length <= MAX_PATH_LENGTH);
  if (!ok) {
    throw new FaultSpecError('paths', 'invalid paths', [
      `array of 1..${MAX_PATHS} non-empty strings (≤ ${MAX_PATH_LENGTH} chars)`,
    ]);
  }
  return [...(value as string[])];
}

/** Validates untrusted input (HTTP body, programmatic call) and fills the mode's defaults. */
export function parseFaultSpec(input: unknown): FaultSpec {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FaultSpecError('body', 'body must be a JSON object', FIELDS);
  }
  const record = input as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined)
    throw new FaultSpecError(unknown, `unknown field '${unknown}'`, FIELDS);
  const mode = record.mode;
  if (!isMode(mode)) {
    throw new FaultSpecError('mode', `invalid mode: ${JSON.stringify(mode)}`, [...FAULT_MODES]);
  }
  const spec: FaultSpec = { mode };
  const delayMs = int(record, 'delayMs', 0, MAX_DELAY_MS);
  const retryAfterSeconds = int(record, 'retryAfterSeconds', 0, MAX_RETRY_AFTER_SECONDS);
  const pathList = paths(record);
  const count = int(record, 'count', 1, 1_000_000);
  if (delayMs !== undefined || mode === 'slow') spec.delayMs = delayMs ?? DEFAULT_SLOW_DELAY_MS;
  if (retryAfterSeconds !== undefined || mode === 'rate-limit') {
    spec.retryAfterSeconds = retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
  }
  if (pathList !== undefined) spec.paths = pathList;
  if (count !== undefined) spec.count = count;
  return spec;
}

/** CLI `--fault api=mode[,delayMs=N][,retryAfterSeconds=N][,count=N][,path=S]`. */
export function parseFaultFlag(flag: string): { api: string; spec: FaultSpec } {
  const [head = '', ...options] = flag.split(',');
  const eq = head.indexOf('=');
  if (eq <= 0) throw new Error(`invalid --fault: ${flag} (expected api=mode)`);
  const input: Record<string, unknown> = { mode: head.slice(eq + 1) };
  const paths: string[] = [];
  for (const option of options) {
    const at = option.indexOf('=');
    const key = option.slice(0, at);
    const value = option.slice(at + 1);
    if (at <= 0) throw new Error(`invalid --fault option: ${option}`);
    if (key === 'path') paths.push(value);
    else input[key] = /^\d+$/.test(value) ? Number(value) : value;
  }
  if (paths.length > 0) input.paths = paths;
  try {
    return { api: head.slice(0, eq), spec: parseFaultSpec(input) };
  } catch (e) {
    if (!(e instanceof FaultSpecError)) throw e;
    throw new Error(`invalid --fault ${flag}: ${e.message} (allowed: ${e.allowed.join(', ')})`);
  }
}

/** Stats query: `start_datetime`, `end_datetime` (UTC, D5) and `extension_id` filters. */
export interface StatsQuery {
  /** Calls that started in [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  /** null = the whole client. */
  extensionIds: Set<number> | null;
}

export class StatsParamError extends Error {}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const MAX_RANGE_MS = 366 * 86_400_000;

/** "YYYY-MM-DD HH:MM:SS" as UTC epoch ms; null when not a real date and time. */
export function parseUtc(raw: string): number | null {
  const m = DATETIME.exec(raw);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return h > 23 || mi > 59 || s > 59 ? null : ms;
}

function datetime(params: URLSearchParams, name: string): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '')
    throw new StatsParamError(`Missing required parameter '${name}'`);
  const ms = parseUtc(raw.trim());
  if (ms === null) {
    throw new StatsParamError(`Invalid value '${raw}' for '${name}': expected YYYY-MM-DD HH:MM:SS`);
  }
  return ms;
}

/** Repeated `extension_id`, `extension_id[]` and comma-separated lists are all accepted. */
function extensionIds(params: URLSearchParams): Set<number> | null {
  const raw = [...params.getAll('extension_id'), ...params.getAll('extension_id[]')];
  const items = raw
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) return null;
  const bad = items.find((s) => !/^\d{1,12}$/.test(s));
  if (bad !== undefined)
    throw new StatsParamError(`Invalid value '${bad}' for 'extension_id': expected an integer`);
  return new Set(items.map(Number));
}

export function parseStatsQuery(params: URLSearchParams): StatsQuery {
  const fromMs = datetime(params, 'start_datetime');
  const toMs = datetime(params, 'end_datetime');
  if (toMs < fromMs)
    throw new StatsParamError("'end_datetime' must not be earlier than 'start_datetime'");
  if (toMs - fromMs > MAX_RANGE_MS)
    throw new StatsParamError('Requested period is too long: at most 366 days');
  return { fromMs, toMs, extensionIds: extensionIds(params) };
}

import type { DateTime } from 'luxon';
import type { TimeRange } from '@/lib/time/range';

export interface TelphinStatsParams {
  start_datetime: string;
  end_datetime: string;
  /** Telphin's numeric extension ids; sent as repeated keys (D5). */
  extension_id?: readonly number[];
}

/**
 * The range's instants in UTC (D5), `YYYY-MM-DD HH:MM:SS`, whatever the source's zone. The end
 * is exclusive, as the range is.
 */
export function telphinRangeParams(range: TimeRange): TelphinStatsParams {
  return {
    start_datetime: formatUtc(range.from),
    end_datetime: formatUtc(range.to),
  };
}

function formatUtc(value: DateTime): string {
  return value.toUTC().toFormat('yyyy-MM-dd HH:mm:ss');
}

/** `%20` for spaces (as the public clients send it) and one `extension_id=` per id. */
export function encodeStatsQuery(params: TelphinStatsParams): string {
  const pairs: [string, string][] = [
    ['start_datetime', params.start_datetime],
    ['end_datetime', params.end_datetime],
    ...(params.extension_id ?? []).map((id): [string, string] => ['extension_id', String(id)]),
  ];
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

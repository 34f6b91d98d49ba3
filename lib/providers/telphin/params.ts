import type { DateTime } from 'luxon';
import type { TimeRange } from '@/lib/time/range';

export interface TelphinStatsParams {
  start_datetime: string;
  end_datetime: string;
  /** Telphin's numeric extension ids; sent as repeated keys (D5). */
  extension_id?: readonly number[];
}

/** How the installation reads its time parameters: UTC (D5) or the source's own zone. */
export type TelphinApiTimeZone = 'utc' | 'source';

/**
 * The range's instants as `YYYY-MM-DD HH:MM:SS` in UTC (D5), or in the range's zone (the
 * source's) for an installation that reads them that way. The end is exclusive, as the range is.
 */
export function telphinRangeParams(
  range: TimeRange,
  apiTimeZone: TelphinApiTimeZone = 'utc',
): TelphinStatsParams {
  const format = (value: DateTime) =>
    (apiTimeZone === 'utc' ? value.toUTC() : value.setZone(range.zone)).toFormat(
      'yyyy-MM-dd HH:mm:ss',
    );
  return { start_datetime: format(range.from), end_datetime: format(range.to) };
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

import type { DateTime } from 'luxon';
import type { TimeRange } from '@/lib/time/range';

export type UtelParams = Record<string, string>;

const wireFormat = 'yyyy-MM-dd HH:mm:ss';

/**
 * `from`/`to` as naive wall-clock time in the source's zone (D3). The API's `to` is inclusive as
 * the vendor's own example shows (`to=2026-01-31 23:59:59`), so our half-open end becomes `to − 1 s`.
 */
export function utelRangeParams(
  range: TimeRange,
  zone: string,
  externalNumber?: string,
): UtelParams {
  return {
    from: formatNaive(range.from, zone),
    to: formatNaive(range.to.minus({ seconds: 1 }), zone),
    ...(externalNumber === undefined ? {} : { external_number: externalNumber }),
  };
}

export function formatNaive(value: DateTime, zone: string): string {
  return value.setZone(zone).toFormat(wireFormat);
}

/** Query string with `%20` for spaces (not `+`), as the vendor examples are written. */
export function encodeQuery(params: UtelParams): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

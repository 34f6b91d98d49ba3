import { localParts, offsetMs, pad2 } from '../../engine/zoned-time';

/** Formats instants as Asternic report rows show them: "dd-mm-yyyy HH:MM:SS", server local time. */
export function createRowDateFormatter(timeZone: string): (ms: number) => string {
  // Offsets change at most a few times a year; caching per hour avoids an Intl call per row.
  const offsets = new Map<number, number>();
  return (ms) => {
    const hour = Math.floor(ms / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      offset = offsetMs(ms, timeZone);
      offsets.set(hour, offset);
    }
    const d = new Date(Math.floor(ms / 1000) * 1000 + offset);
    const date = `${pad2(d.getUTCDate())}-${pad2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
    const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
    return `${date} ${time}`;
  };
}

/** "yyyy-mm-dd" of today in the zone; used as the default report range. */
export function todayKey(nowMs: number, timeZone: string): string {
  const p = localParts(nowMs, timeZone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

export type Row = Record<string, string>;

export interface Paging {
  page: number | null;
  rows: number | null;
}

/** jqGrid envelope: page, total (= pages), records (= rows), all as strings. */
export function pagedEnvelope(all: Row[], paging: Paging): Record<string, unknown> {
  if (all.length === 0) return { page: '1', total: '0', records: '0', rows: [] };
  const size = paging.rows ?? all.length;
  const pages = Math.ceil(all.length / size);
  const page = Math.min(Math.max(1, paging.page ?? 1), pages);
  const rows = all.slice((page - 1) * size, page * size);
  return { page: String(page), total: String(pages), records: String(all.length), rows };
}

export function percent(part: number, whole: number): string {
  return whole > 0 ? ((part / whole) * 100).toFixed(2) : '0.00';
}

import { createWallClock, localParts, pad2 } from '../../engine/zoned-time';

export type DateStyle = 'report' | 'log';

/**
 * Formats instants in server local time: report rows show "dd-mm-yyyy HH:MM:SS", the call and
 * search entities "yyyy-mm-dd HH:MM:SS" (FACTS D10).
 */
export function createRowDateFormatter(
  timeZone: string,
  style: DateStyle = 'report',
): (ms: number) => string {
  const wallClock = createWallClock(timeZone);
  return (ms) => {
    const d = wallClock(ms);
    const [y, m, day] = [
      String(d.getUTCFullYear()),
      pad2(d.getUTCMonth() + 1),
      pad2(d.getUTCDate()),
    ];
    const date = style === 'report' ? `${day}-${m}-${y}` : `${y}-${m}-${day}`;
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

export interface Page<T> {
  /** 1-based page actually shown (clamped to the last page). */
  page: number;
  pages: number;
  items: T[];
}

/** Cuts one page; without `rows` everything is one page, a page past the end shows the last. */
export function paginate<T>(all: T[], paging: Paging): Page<T> {
  if (all.length === 0) return { page: 1, pages: 0, items: [] };
  const size = paging.rows ?? all.length;
  const pages = Math.ceil(all.length / size);
  const page = Math.min(Math.max(1, paging.page ?? 1), pages);
  return { page, pages, items: all.slice((page - 1) * size, page * size) };
}

/** jqGrid envelope: page, total (= pages), records (= rows), all as strings. */
export function pagedEnvelope(all: Row[], paging: Paging): Record<string, unknown> {
  const { page, pages, items } = paginate(all, paging);
  return { page: String(page), total: String(pages), records: String(all.length), rows: items };
}

export function percent(part: number, whole: number): string {
  return whole > 0 ? ((part / whole) * 100).toFixed(2) : '0.00';
}

import type { StatsContext } from '@/lib/providers/provider';
import { parseWireCount } from '@/lib/providers/shared/wire-values';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import type { AsternicReportRowWire } from './api-types';
import type { AsternicClient, AsternicReportParams } from './client';

export interface ReportPaging {
  /** Rows asked for per page. */
  pageSize: number;
  /** More pages than this for one window is refused rather than read in part. */
  maxPages: number;
}

export const defaultReportPaging: ReportPaging = { pageSize: 5000, maxPages: 50 };

/**
 * Every row of one report for one window (D10): page 1, then the other pages `total` announces,
 * each a request within the source's limits. A page the server did not serve as asked (e.g. it
 * ignores `page` and repeats page 1) is an error: counting its rows twice would invent calls.
 */
export async function fetchReportRows(
  client: AsternicClient,
  name: string,
  params: AsternicReportParams,
  context: StatsContext,
  paging: ReportPaging = defaultReportPaging,
): Promise<AsternicReportRowWire[]> {
  const label = `asternic reports ${name}`;
  const fetchPage = (page: number) =>
    context.limit(() => client.report(name, { ...params, page, rows: paging.pageSize }, context));
  const first = await fetchPage(1);
  const pages = parseWireCount(first.total);
  if (pages === null) {
    throw new UpstreamError(
      'schema',
      `${label}: unexpected answer shape (total is not a page count)`,
    );
  }
  if (pages > paging.maxPages) {
    throw new UpstreamError(
      'schema',
      `${label}: ${pages} pages of ${paging.pageSize} rows exceed the limit of ${paging.maxPages}`,
    );
  }
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, async (_, index) => {
      const page = index + 2;
      const body = await fetchPage(page);
      if (parseWireCount(body.page) !== page) {
        throw new UpstreamError(
          'schema',
          `${label}: asked for page ${page} of ${pages}, got page ${String(body.page)}`,
        );
      }
      return body.rows;
    }),
  );
  return [first.rows, ...rest].flat();
}

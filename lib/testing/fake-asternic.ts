import { serve } from '@/lib/testing/test-http-server';
import { createAsternicClient, type AsternicClient } from '@/lib/providers/asternic/client';

/** Test helper: a scripted Asternic stand-in; the test file calls `afterEach(closeServers)`. */

export type FakeRow = Record<string, string>;

/** What the fake answers: report rows (paged like jqGrid) or a raw body as is. */
export type FakeAnswer = FakeRow[] | { raw: unknown };

export interface FakeAsternic {
  baseUrl: string;
  client: AsternicClient;
  /** The query of every request, in arrival order. */
  requests: URLSearchParams[];
}

/** jqGrid envelope like the vendor's: all strings; a page past the end gives the last page. */
export function pagedEnvelope(rows: FakeRow[], page: number, size: number): unknown {
  if (rows.length === 0) return { page: '1', total: '0', records: '0', rows: [] };
  const pages = Math.ceil(rows.length / size);
  const current = Math.min(Math.max(1, page), pages);
  return {
    page: String(current),
    total: String(pages),
    records: String(rows.length),
    rows: rows.slice((current - 1) * size, current * size),
  };
}

/** A tiny Asternic on 127.0.0.1:0 for tests; `answer` gets the report name and the query. */
export async function startFakeAsternic(
  answer: (report: string, params: URLSearchParams) => FakeAnswer,
): Promise<FakeAsternic> {
  const requests: URLSearchParams[] = [];
  const { root } = await serve(({ query: params }, res) => {
    requests.push(params);
    const report = (params.get('entity') ?? '').replace(/^reports\//, '');
    const result = answer(report, params);
    const body = Array.isArray(result)
      ? pagedEnvelope(
          result,
          Number(params.get('page') ?? '1'),
          Number(params.get('rows') ?? String(result.length || 1)),
        )
      : result.raw;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  const baseUrl = `${root}/stats`;
  return {
    baseUrl,
    client: createAsternicClient({ baseUrl, username: 'u', password: 'p' }),
    requests,
  };
}

import { afterEach, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixtures';
import { closeServers } from '@/lib/testing/test-http-server';
import { plainStatsContext } from '@/lib/testing/stats-context';
import { UpstreamError } from '@/lib/upstream/upstream-error';
import { startFakeAsternic as fake } from '@/lib/testing/fake-asternic';
import { fetchReportRows } from './report-pages';

afterEach(closeServers);

const numbered = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ uniqueid: String(index + 1) }));
const paging = { pageSize: 2, maxPages: 5 };
const params = { start: '2016-08-01', end: '2016-08-01' };

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error('expected an UpstreamError');
  return error;
}

describe('fetchReportRows', () => {
  it('reads every page, each request within the source limits', async () => {
    const { client, requests } = await fake(() => numbered(5));
    let limited = 0;
    const context = plainStatsContext({
      limit: (load) => {
        limited += 1;
        return load();
      },
    });
    const rows = await fetchReportRows(client, 'answered_calls_detail', params, context, paging);
    expect(rows.map((row) => row.uniqueid)).toEqual(['1', '2', '3', '4', '5']);
    expect(limited).toBe(3);
    const byPage = requests.map((query) => Object.fromEntries(query));
    byPage.sort((a, b) => Number(a.page) - Number(b.page));
    expect(byPage).toEqual(
      [1, 2, 3].map((page) => ({
        entity: 'reports/answered_calls_detail',
        ...params,
        page: String(page),
        rows: '2',
      })),
    );
  });

  it('takes one page as complete, as in the vendor example (232 records, total 1)', async () => {
    const example = readFixture('asternic', 'answered-calls-detail.json');
    const { client, requests } = await fake(() => ({ raw: JSON.parse(example) }));
    const rows = await fetchReportRows(client, 'x', params, plainStatsContext(), paging);
    expect(rows).toHaveLength(3);
    expect(requests).toHaveLength(1);
  });

  it('reads the empty envelope as no rows', async () => {
    const { client } = await fake(() => []);
    expect(await fetchReportRows(client, 'x', params, plainStatsContext(), paging)).toEqual([]);
  });

  it('refuses a server that ignores the page asked for', async () => {
    const { client } = await fake((_, query) => ({
      raw: { page: '1', total: '3', records: '5', rows: numbered(2), asked: query.get('page') },
    }));
    const error = await failure(
      fetchReportRows(client, 'answered_calls_detail', params, plainStatsContext(), paging),
    );
    expect(error.kind).toBe('schema');
    expect(error.message).toBe(
      'asternic reports answered_calls_detail: asked for page 2 of 3, got page 1',
    );
  });

  it('refuses more pages than the bound instead of reading part of them', async () => {
    const { client, requests } = await fake(() => numbered(11));
    const error = await failure(fetchReportRows(client, 'x', params, plainStatsContext(), paging));
    expect(error.message).toBe('asternic reports x: 6 pages of 2 rows exceed the limit of 5');
    expect(requests).toHaveLength(1);
  });

  it('refuses an unreadable page count', async () => {
    const { client } = await fake(() => ({
      raw: { page: '1', total: 'many', records: '1', rows: [] },
    }));
    const error = await failure(fetchReportRows(client, 'x', params, plainStatsContext(), paging));
    expect(error.kind).toBe('schema');
  });
});

import { badRequest, notFound, ok, unsupported, upstreamFailure } from '@/lib/server/api/responses';
import { parseStatsParams, type StatsReport } from '@/lib/server/api/stats-params';
import { withApi } from '@/lib/server/api/with-api';
import { exportResponse } from '@/lib/server/export/export-response';
import type { StatsAnswer } from '@/lib/model/stats';
import { InvalidQueryError } from '@/lib/providers/provider';

/** The handler shared by the statistics routes: validate, check capability, answer or fail clearly. */
export function statsRoute(report: StatsReport) {
  return withApi<{ id: string }>(async ({ app, params, request }) => {
    const runtime = app.sources.get(params.id);
    if (!runtime) return notFound(`unknown source "${params.id}"`);
    const parsed = parseStatsParams(
      new URL(request.url).searchParams,
      report,
      runtime.source.timezone,
    );
    if (!parsed.ok) return badRequest(parsed.message);
    if (!runtime.stats.supports(report, parsed.bucket)) {
      const what = parsed.bucket ? `${report} by ${parsed.bucket}` : report;
      return unsupported(`source ${params.id} (${runtime.source.kind}) cannot give ${what}`);
    }
    const honoured = runtime.provider.filters ?? [];
    const refused = parsed.filters.find((filter) => !honoured.includes(filter));
    if (refused) {
      return unsupported(
        `source ${params.id} (${runtime.source.kind}) cannot filter by ${refused}`,
      );
    }
    let answer: StatsAnswer;
    try {
      answer = await runtime.stats.answer(report, parsed.query, parsed.bucket);
    } catch (error) {
      if (error instanceof InvalidQueryError) return badRequest(error.message);
      return upstreamFailure(params.id, error);
    }
    // Outside the try: a failed export is our fault (500), not the upstream's.
    return parsed.format === 'json' ? ok(answer.body) : exportResponse(answer, parsed.format);
  });
}

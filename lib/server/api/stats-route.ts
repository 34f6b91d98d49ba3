import { statsNeeds } from '@/lib/auth/permissions';
import type { StatsAnswer } from '@/lib/model/stats';
import { isInvalidQueryError } from '@/lib/providers/provider';
import { exportResponse } from '@/lib/server/export/export-response';
import { badRequest, ok, upstreamFailure } from './responses';
import { sourceRoute } from './source-route';
import { parseStatsParams, type StatsReport } from './stats-params';

/** The handler shared by the statistics routes: validate, check capability, answer or fail clearly. */
export function statsRoute(report: StatsReport) {
  return sourceRoute({
    need: statsNeeds,
    parse(search, runtime) {
      const parsed = parseStatsParams(
        search,
        report,
        runtime.source.timezone,
        runtime.source.businessDayStart,
      );
      return parsed.ok ? { ok: true, value: parsed } : parsed;
    },
    // A caller limited to some queues must filter by one of them.
    queues: ({ query }) => query.queue,
    cannot(runtime, { bucket, filters }) {
      if (!runtime.stats.supports(report, bucket))
        return bucket ? `give ${report} by ${bucket}` : `give ${report}`;
      const refused = filters.find((filter) => !runtime.provider.filters.includes(filter));
      return refused && `filter by ${refused}`;
    },
    async handle({ runtime, params, query }) {
      let answer: StatsAnswer;
      try {
        answer = await runtime.stats.answer(report, query.query, query.bucket);
      } catch (error) {
        if (isInvalidQueryError(error)) return badRequest(error.message);
        return upstreamFailure(params.id, error);
      }
      // Outside the try: a failed export is our fault (500), not the upstream's.
      return query.format === 'json' ? ok(answer.body) : exportResponse(answer, query.format);
    },
  });
}

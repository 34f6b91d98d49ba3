import type { RouteNeed } from '@/lib/auth/permissions';
import { maySeeQueue, maySeeSource, visibleQueues } from '@/lib/auth/visibility';
import type { SourceRuntime } from '@/lib/server/sources/source-runtime';
import type { QueryResult } from './query';
import { badRequest, forbidden, notFound, unsupported } from './responses';
import { withApi, type ApiContext } from './with-api';

export interface SourceRouteContext<Q> extends ApiContext<{ id: string }> {
  runtime: SourceRuntime;
  query: Q;
}

export interface SourceRouteSpec<Q> {
  /** What the caller's role needs (lib/auth/permissions.ts); absent: `live`, as the live routes. */
  need?: RouteNeed;
  /**
   * How the route keeps a caller limited to some queues of this source to them: `filters` (it
   * drops the other queues from its answer itself), or a function giving the query's queue
   * filter, which must then name a visible queue. Without either, such a caller gets 403.
   */
  queues?: 'filters' | ((query: Q) => string | undefined);
  /** Reads the query string in the source's terms; a refusal names the parameter (400). */
  parse(search: URLSearchParams, runtime: SourceRuntime): QueryResult<Q>;
  /** What this source cannot do for the request, in a few words (422), or undefined. */
  cannot?(runtime: SourceRuntime, query: Q): string | undefined;
  /** The lib call and its answer, once everything above has passed. */
  handle(context: SourceRouteContext<Q>): Promise<Response> | Response;
}

/** A query string that must be empty (routes without parameters ignore one, as before). */
export const noQuery = (): QueryResult<undefined> => ({ ok: true, value: undefined });

/**
 * Every /api/v1/sources/{id}/… route, in the same steps: authenticate and check the role
 * (withApi), the source exists (404), the caller may see it (403), the query parses (400), a
 * caller limited to some queues asks only for those (403), the source can answer it (422), then
 * the handler.
 */
export function sourceRoute<Q>(spec: SourceRouteSpec<Q>) {
  return withApi<{ id: string }>(spec.need ?? 'live', (context) => {
    const { id } = context.params;
    const { visibility } = context.caller;
    const runtime = context.app.sources.get(id);
    if (!runtime) return notFound(`unknown source "${id}"`);
    if (!maySeeSource(visibility, id)) return forbidden(`you may not see source "${id}"`);
    const parsed = spec.parse(new URL(context.request.url).searchParams, runtime);
    if (!parsed.ok) return badRequest(parsed.message);
    const queues = visibleQueues(visibility, id);
    if (queues !== null && spec.queues !== 'filters') {
      const asked = typeof spec.queues === 'function' ? spec.queues(parsed.value) : undefined;
      if (asked === undefined || !maySeeQueue(visibility, id, { id: asked })) {
        return forbidden(
          `you may see only these queues of "${id}": ${queues.join(', ') || 'none'}`,
        );
      }
    }
    const cannot = spec.cannot?.(runtime, parsed.value);
    if (cannot) return unsupported(`source ${id} (${runtime.source.kind}) cannot ${cannot}`);
    return spec.handle({ ...context, runtime, query: parsed.value });
  });
}

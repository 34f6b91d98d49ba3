import type { SourceRuntime } from '@/lib/server/sources/source-runtime';
import type { QueryResult } from './query';
import { badRequest, notFound, unsupported } from './responses';
import { withApi, type ApiContext } from './with-api';

export interface SourceRouteContext<Q> extends ApiContext<{ id: string }> {
  runtime: SourceRuntime;
  query: Q;
}

export interface SourceRouteSpec<Q> {
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
 * Every /api/v1/sources/{id}/… route, in the same steps: authenticate (withApi), the source
 * exists (404), the query parses (400), the source can answer it (422), then the handler.
 */
export function sourceRoute<Q>(spec: SourceRouteSpec<Q>) {
  return withApi<{ id: string }>((context) => {
    const { id } = context.params;
    const runtime = context.app.sources.get(id);
    if (!runtime) return notFound(`unknown source "${id}"`);
    const parsed = spec.parse(new URL(context.request.url).searchParams, runtime);
    if (!parsed.ok) return badRequest(parsed.message);
    const cannot = spec.cannot?.(runtime, parsed.value);
    if (cannot) return unsupported(`source ${id} (${runtime.source.kind}) cannot ${cannot}`);
    return spec.handle({ ...context, runtime, query: parsed.value });
  });
}

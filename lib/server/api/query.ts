import type { z } from 'zod';

export type QueryResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Reads a query string with a strict object schema: a repeated or unknown parameter, or a value
 * of the wrong shape, is refused with a message that names the parameter (answered 400).
 */
export function parseQuery<S extends z.ZodObject>(
  schema: S,
  search: URLSearchParams,
): QueryResult<z.output<S>> {
  const allowed = Object.keys(schema.shape);
  for (const key of new Set(search.keys())) {
    if (!allowed.includes(key)) {
      return { ok: false, message: `unknown parameter "${key}"; expected ${allowed.join(', ')}` };
    }
    if (search.getAll(key).length > 1) {
      return { ok: false, message: `parameter "${key}" is given twice` };
    }
  }
  const result = schema.safeParse(Object.fromEntries(search));
  if (result.success) return { ok: true, value: result.data };
  const [issue] = result.error.issues;
  return { ok: false, message: issue?.message ?? 'invalid query string' };
}

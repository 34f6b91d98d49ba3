import type { z } from 'zod';
import { jsonBody } from '@/lib/server/tv/admin-api';
import { badRequest } from './responses';

/** Reads and validates an admin route's JSON body; a 400 naming the first problem otherwise. */
export async function parseBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  what: string,
): Promise<{ ok: true; value: z.output<T> } | { ok: false; response: Response }> {
  const body = await jsonBody(request);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, response: badRequest(`invalid ${what}: ${where}${issue?.message ?? ''}`) };
}

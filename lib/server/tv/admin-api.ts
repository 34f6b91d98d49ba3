import 'server-only';
import type { Caller } from '@/lib/auth/roles';
import { Board } from '@/lib/model/board';
import { badRequest, forbidden } from '@/lib/server/api/responses';
import type { AppContext } from '@/lib/server/app-context';

/** A 403 unless the caller is an admin (session or admin API token); null when allowed. */
export function adminOnly(caller: Caller): Response | null {
  return caller.role === 'admin' && !caller.display ? null : forbidden('admins only');
}

/** Reads a JSON body; a 400 naming what is wrong when it is not JSON. */
export async function jsonBody(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: badRequest('the body must be JSON') };
  }
}

/** Validates an imported board: its schema, and that every source it reads is configured. */
export function parseBoardImport(
  value: unknown,
  app: AppContext,
): { ok: true; board: Board } | { ok: false; message: string } {
  const parsed = Board.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'board'}: ${issue.message}`,
    );
    return { ok: false, message: `invalid board: ${problems.slice(0, 5).join('; ')}` };
  }
  const unknown = parsed.data.pages
    .flatMap((page) => page.widgets)
    .flatMap((widget) => ('source' in widget ? [widget.source] : []))
    .filter((id) => !app.sources.has(id));
  if (unknown.length > 0)
    return { ok: false, message: `invalid board: unknown source "${unknown[0]}"` };
  return { ok: true, board: parsed.data };
}

export { CreateDisplayLink } from '@/lib/model/display-link';

import { getAppContext } from '@/lib/server/app-context';
import { z } from 'zod';
import { sessionCaller } from '@/lib/auth/current-caller';
import { recordHeartbeat } from '@/lib/db/display-links';
import { getDb } from '@/lib/server/database';
import { apiError, badRequest, ok } from '@/lib/server/api/responses';
import { displaySessionOf } from '@/lib/server/tv/display-session';

export const dynamic = 'force-dynamic';

const Beat = z.object({
  version: z.string().max(40),
  uptimeSeconds: z.number().nonnegative(),
  memoryMb: z.number().nonnegative().nullable(),
  loadedAt: z.iso.datetime(),
});

/**
 * A TV page's heartbeat: records what the screen reports and answers whether its link still
 * works and whether an admin asked it to reload. Signed-in people previewing a board get "active".
 */
export async function POST(request: Request) {
  try {
    // Who is calling comes first: a stranger learns nothing, not even what the body should be.
    const display = await displaySessionOf(request);
    const person = display
      ? null
      : await sessionCaller(getAppContext().config.auth).catch(() => null);
    if (!display && !person)
      return apiError(401, 'unauthorized', 'this screen has no display link');
    const beat = Beat.safeParse(await request.json().catch(() => undefined));
    if (!beat.success) return badRequest('expected { version, uptimeSeconds, memoryMb, loadedAt }');
    if (!display) return ok({ state: 'active', reload: false });
    const { version, uptimeSeconds, memoryMb, loadedAt } = beat.data;
    const userAgent = (request.headers.get('user-agent') ?? '').slice(0, 200);
    // A revoked or expired link's screen is still seen: an admin wants to know it is still on,
    // showing "revoked", rather than read "not yet" beside a screen that checked in a second ago.
    const { reload } = await recordHeartbeat(
      await getDb(),
      display.link.id,
      { version, uptimeSeconds, memoryMb, userAgent },
      new Date(loadedAt),
    );
    if (display.state !== 'active' || !display.board) {
      return ok({ state: display.board ? display.state : 'revoked', reload: false });
    }
    return ok({ state: 'active', reload });
  } catch {
    return apiError(500, 'internal', 'internal error');
  }
}

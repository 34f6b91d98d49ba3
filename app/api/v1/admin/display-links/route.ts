import { getBoard } from '@/lib/db/boards';
import { createDisplayLink, listDisplayLinks } from '@/lib/db/display-links';
import { publicOrigin } from '@/lib/http/public-url';
import { getDb } from '@/lib/server/database';
import { badRequest, notFound, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { adminOnly, CreateDisplayLink, jsonBody } from '@/lib/server/tv/admin-api';

export const dynamic = 'force-dynamic';

export const GET = withApi('admin', async ({ caller }) => {
  return adminOnly(caller) ?? ok({ links: await listDisplayLinks(await getDb()) });
});

/** Creates a display link; the answer is the only place its key (in `url`) ever appears. */
export const POST = withApi('admin', async ({ caller, request }) => {
  const denied = adminOnly(caller);
  if (denied) return denied;
  const body = await jsonBody(request);
  if (!body.ok) return body.response;
  const parsed = CreateDisplayLink.safeParse(body.value);
  if (!parsed.success)
    return badRequest(`invalid display link: ${parsed.error.issues[0]?.message}`);
  const db = await getDb();
  const { boardId, name, expiresInHours } = parsed.data;
  if (!(await getBoard(db, boardId))) return notFound(`unknown board "${boardId}"`);
  const expiresAt = expiresInHours ? new Date(Date.now() + expiresInHours * 3_600_000) : null;
  const { link, key } = await createDisplayLink(db, { boardId, name, expiresAt });
  await auditAction(request, caller, 'display-link.create', name, {
    boardId,
    expiresAt: link.expiresAt,
  });
  const path = `/tv/${encodeURIComponent(boardId)}?key=${key}`;
  // The public address (NEXTAUTH_URL), not the bind address; in development the request's.
  const url = `${publicOrigin(request)}${path}`;
  return ok({ link, url, path }, { status: 201 });
});

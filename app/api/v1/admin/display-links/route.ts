import { getBoard } from '@/lib/db/boards';
import { createDisplayLink, listDisplayLinks } from '@/lib/db/display-links';
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
  // The origin people reached us by (behind a proxy: its forwarded host), not the bind address.
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const proto =
    request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
  const url = host ? `${proto}://${host}${path}` : new URL(path, request.url).toString();
  return ok({ link, url, path }, { status: 201 });
});

import { deleteBoard, getBoard } from '@/lib/db/boards';
import { getDb } from '@/lib/server/database';
import { notFound, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { adminOnly } from '@/lib/server/tv/admin-api';

export const dynamic = 'force-dynamic';

/** Exports a board as the JSON the import takes, as a download. */
export const GET = withApi<{ id: string }>('admin', async ({ caller, params }) => {
  const denied = adminOnly(caller);
  if (denied) return denied;
  const board = await getBoard(await getDb(), params.id);
  if (!board) return notFound(`unknown board "${params.id}"`);
  return ok(board, {
    headers: { 'Content-Disposition': `attachment; filename="board-${board.id}.json"` },
  });
});

/** Deletes a board and its display links (their screens show "revoked"). */
export const DELETE = withApi<{ id: string }>('admin', async ({ caller, params, request }) => {
  const denied = adminOnly(caller);
  if (denied) return denied;
  if (!(await deleteBoard(await getDb(), params.id)))
    return notFound(`unknown board "${params.id}"`);
  await auditAction(request, caller, 'board.delete', params.id);
  return ok({ deleted: params.id });
});

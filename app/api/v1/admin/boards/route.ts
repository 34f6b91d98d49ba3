import { listBoards, saveBoard } from '@/lib/db/boards';
import { getDb } from '@/lib/server/database';
import { badRequest, ok } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';
import { auditAction } from '@/lib/server/audit';
import { adminOnly, jsonBody, parseBoardImport } from '@/lib/server/tv/admin-api';

export const dynamic = 'force-dynamic';

export const GET = withApi('admin', async ({ caller }) => {
  return adminOnly(caller) ?? ok({ boards: await listBoards(await getDb()) });
});

/** Imports a board's JSON; a board with the same id is replaced. */
export const POST = withApi('admin', async ({ caller, request, app }) => {
  const denied = adminOnly(caller);
  if (denied) return denied;
  const body = await jsonBody(request);
  if (!body.ok) return body.response;
  const parsed = parseBoardImport(body.value, app);
  if (!parsed.ok) return badRequest(parsed.message);
  const replaced = await saveBoard(await getDb(), parsed.board);
  await auditAction(request, caller, replaced ? 'board.replace' : 'board.import', parsed.board.id);
  return ok({ board: parsed.board, replaced }, { status: replaced ? 200 : 201 });
});

import 'server-only';
import { cookieValue, displayCookieName, type DisplayAccess } from '@/lib/auth/display-access';
import { isWellFormedDisplayKey } from '@/lib/auth/display-key';
import type { Caller } from '@/lib/auth/roles';
import { getBoard } from '@/lib/db/boards';
import { findDisplayLinkByKey, type DisplayLink, type LinkState } from '@/lib/db/display-links';
import { getDb } from '@/lib/server/database';
import { boardNeedsSeries, boardSources, type Board } from '@/lib/model/board';

export interface DisplaySession {
  state: LinkState;
  link: DisplayLink;
  board: Board | null;
  access: DisplayAccess;
}

/** The display link a key opens, looked up by its hash; null for a key that is not ours. */
export async function displaySessionForKey(key: string | null): Promise<DisplaySession | null> {
  if (!key || !isWellFormedDisplayKey(key)) return null;
  const db = await getDb();
  const found = await findDisplayLinkByKey(db, key);
  if (!found) return null;
  const board = await getBoard(db, found.link.boardId);
  const sources = board ? boardSources(board) : [];
  return {
    ...found,
    board,
    access: {
      linkId: found.link.id,
      boardId: found.link.boardId,
      liveSources: sources,
      seriesSources: board ? sources.filter((id) => boardNeedsSeries(board, id)) : [],
    },
  };
}

/** The display session of a request's cookie (route handlers), or null. */
export function displaySessionOf(request: Request): Promise<DisplaySession | null> {
  return displaySessionForKey(cookieValue(request.headers.get('cookie'), displayCookieName));
}

/** A TV presenting an active display link's key in its cookie, as an API caller; or null. */
export async function displayCaller(request: Request): Promise<Caller | null> {
  const session = await displaySessionOf(request);
  if (!session || session.state !== 'active') return null;
  return { kind: 'display', name: session.link.name, role: 'viewer', display: session.access };
}

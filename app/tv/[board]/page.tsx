import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { TvBoard } from '@/components/tv/tv-board';
import { TvLocale } from '@/components/tv/tv-locale';
import { TvMessage } from '@/components/tv/tv-message';
import { messagesByLocale } from '@/lib/i18n/messages';
import { sessionCaller } from '@/lib/auth/current-caller';
import { displayCookieName } from '@/lib/auth/display-access';
import { getBoard } from '@/lib/db/boards';
import { getDb } from '@/lib/server/database';
import { boardSources, type Board } from '@/lib/model/board';
import { getAppContext } from '@/lib/server/app-context';
import { displaySessionForKey } from '@/lib/server/tv/display-session';
import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Callboard TV', referrer: 'no-referrer' };

type Props = {
  params: Promise<{ board: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A board on a TV: opened with a display link (its cookie), or previewed by a signed-in person. */
export default async function TvBoardPage({ params, searchParams }: Props) {
  const { board: boardId } = await params;
  const { key } = await searchParams;
  if (typeof key === 'string') {
    redirect(`/tv/${encodeURIComponent(boardId)}/enter?key=${encodeURIComponent(key)}`);
  }
  const display = await displaySessionForKey(
    (await cookies()).get(displayCookieName)?.value ?? null,
  );
  let board: Board | null;
  if (display) {
    if (display.state !== 'active') return <TvMessage kind={display.state} />;
    if (display.link.boardId !== boardId) return <TvMessage kind="wrongBoard" />;
    board = display.board;
  } else {
    if (!(await sessionCaller(getAppContext().config.auth))) return <TvMessage kind="invalid" />;
    board = await getBoard(await getDb(), boardId);
  }
  if (!board) return <TvMessage kind="missing" />;
  const app = getAppContext();
  const sources = Object.fromEntries(
    boardSources(board).flatMap((id) => {
      const runtime = app.sources.get(id);
      if (!runtime) return [];
      const { name, refreshSeconds, timezone } = runtime.source;
      return [[id, { id, name, refreshSeconds, timezone }]];
    }),
  );
  const screen = <TvBoard board={board} sources={sources} version={packageJson.version} />;
  // A board with its own language shows it on every screen; else the screen's browser decides.
  return board.locale ? (
    <TvLocale locale={board.locale} messages={messagesByLocale[board.locale]}>
      {screen}
    </TvLocale>
  ) : (
    screen
  );
}

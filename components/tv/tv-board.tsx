'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Board } from '@/lib/model/board';
import { rotationAt } from '@/lib/tv/rotation';
import { TvContext, type TvSourceInfo } from './tv-context';
import { liveSourcesOf, TvLiveStreams } from './tv-live-streams';
import { TvMessage } from './tv-message';
import { TvPage } from './tv-page';
import { useAlertSound } from './use-alert-sound';
import { useScreenHealth } from './use-screen-health';

/** A board on a TV: rotating pages, its link checked by heartbeat, healing itself when stuck. */
export function TvBoard({
  board,
  sources,
  version,
}: {
  board: Board;
  sources: Record<string, TvSourceInfo>;
  version: string;
}) {
  const t = useTranslations('tv');
  const queryClient = useQueryClient();
  const { linkState, markGood, checkLink } = useScreenHealth(version);
  const onAlert = useAlertSound(board.sound);
  const [started] = useState(() => Date.now());
  const [index, setIndex] = useState(0);
  const durations = useMemo(() => board.pages.map((p) => p.durationSeconds), [board]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const { index: current, remainingMs } = rotationAt(durations, Date.now() - started);
      setIndex(current);
      if (Number.isFinite(remainingMs)) timer = setTimeout(schedule, remainingMs + 20);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [durations, started]);

  const active = linkState === 'active';
  useEffect(() => {
    // A link that stopped working drops every figure it had fetched, not only hides them.
    if (!active) queryClient.clear();
  }, [active, queryClient]);

  const [levels] = useState(() => new Map());
  const liveSources = useMemo(() => liveSourcesOf(board), [board]);
  const [streaming, setStreaming] = useState<Record<string, boolean>>({});
  const onStreamingChange = useCallback(
    (source: string, open: boolean) =>
      setStreaming((current) =>
        current[source] === open ? current : { ...current, [source]: open },
      ),
    [],
  );
  const onLinkLost = useCallback(() => void checkLink(), [checkLink]);
  const context = useMemo(
    () => ({ sources, streaming, onLinkLost, markGood, onAlert, levels }),
    [sources, streaming, onLinkLost, markGood, onAlert, levels],
  );

  if (!active) return <TvMessage kind={linkState === 'invalid' ? 'invalid' : linkState} />;
  const page = board.pages[index] ?? board.pages[0];
  if (!page) return null;
  return (
    <TvContext.Provider value={context}>
      <TvLiveStreams
        sources={liveSources}
        onLinkLost={onLinkLost}
        onStreamingChange={onStreamingChange}
      />
      <main
        data-testid="tv-board"
        data-page={index}
        className="tv-root fixed inset-0 flex flex-col gap-[1rem] bg-tv-bg p-[1.2rem] text-tv-text"
      >
        <header className="flex items-baseline justify-between gap-[2rem]">
          <h1 className="truncate text-[2.4rem] font-bold">{page.title ?? board.name}</h1>
          {board.pages.length > 1 && (
            <span data-testid="tv-page-indicator" className="text-[1.6rem] text-tv-muted">
              {t('pageOf', { page: index + 1, pages: board.pages.length })}
            </span>
          )}
        </header>
        <TvPage key={index} page={page} pageIndex={index} />
      </main>
    </TvContext.Provider>
  );
}

'use client';

import { useTvLiveStream } from '@/lib/queries/tv';
import type { Board } from '@/lib/model/board';

const liveKinds = new Set(['kpi', 'queue', 'waiting-callers', 'agent-states']);

/** The sources whose live queues a board shows, on any of its pages. */
export function liveSourcesOf(board: Board): string[] {
  const ids = board.pages.flatMap((page) =>
    page.widgets.flatMap((w) => ('source' in w && liveKinds.has(w.kind) ? [w.source] : [])),
  );
  return [...new Set(ids)];
}

function LiveStream(props: {
  source: string;
  onLinkLost: () => void;
  onStreamingChange: (source: string, streaming: boolean) => void;
}) {
  useTvLiveStream(props.source, props.onLinkLost, props.onStreamingChange);
  return null;
}

/**
 * One live stream per source for the whole board, kept open across page rotations; the widgets
 * read what it pushes into the query cache.
 */
export function TvLiveStreams({
  sources,
  onLinkLost,
  onStreamingChange,
}: {
  sources: string[];
  onLinkLost: () => void;
  onStreamingChange: (source: string, streaming: boolean) => void;
}) {
  return sources.map((source) => (
    <LiveStream
      key={source}
      source={source}
      onLinkLost={onLinkLost}
      onStreamingChange={onStreamingChange}
    />
  ));
}

'use client';

import { createContext, useContext } from 'react';
import type { LevelState } from '@/lib/tv/levels';

export interface TvSourceInfo {
  id: string;
  name: string;
  refreshSeconds: number;
  timezone: string;
}

/** What every widget of a board shares: its sources, and how to report health back up. */
export interface TvContextValue {
  sources: Record<string, TvSourceInfo>;
  /** Whether the board's one live stream per source is open (widgets poll while it is not). */
  streaming: Record<string, boolean>;
  /** An API answered 401/403: the board asks its heartbeat whether the link still works. */
  onLinkLost: () => void;
  /** Fresh data arrived (feeds the five-minute self-reload watchdog). */
  markGood: () => void;
  /** A widget's level turned to alert (plays the board's sound when enabled). */
  onAlert: () => void;
  /** Levels by widget, kept by the board so that hysteresis survives page rotation. */
  levels: Map<string, { state: LevelState; lastKey: string | null }>;
}

export const TvContext = createContext<TvContextValue | null>(null);

export function useTv(): TvContextValue {
  const value = useContext(TvContext);
  if (!value) throw new Error('TV widgets render inside <TvBoard>');
  return value;
}

'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo } from 'react';
import { useNow } from '@/components/ui/use-now';
import type { ReportSource } from '@/lib/reports/report-source';
import {
  changeReportParams,
  parseReportParams,
  resolveReportState,
  serializeReportParams,
  toUrlState,
  type ReportUrlState,
} from '@/lib/reports/url-state';

/**
 * The report's whole state lives in the URL: this reads it (invalid values fall back to defaults),
 * writes every change back as a new history entry, and rewrites a URL that held invalid values to
 * the state actually shown, so a shared link always reproduces the screen.
 */
export function useReportUrl(sources: readonly ReportSource[] | undefined) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = search.toString();
  // Presets move with the clock: re-read them each minute ("today" turns at the source's midnight).
  const minute = Math.floor(useNow(60_000) / 60_000);

  const state = useMemo(
    () =>
      sources
        ? resolveReportState(
            parseReportParams(new URLSearchParams(query)),
            sources,
            new Date(minute * 60_000),
          )
        : undefined,
    [sources, query, minute],
  );

  const canonical = state ? serializeReportParams(toUrlState(state)) : undefined;
  useEffect(() => {
    if (canonical !== undefined && canonical !== query) {
      router.replace(`${pathname}?${canonical}`, { scroll: false });
    }
  }, [canonical, query, pathname, router]);

  const change = useCallback(
    (next: Partial<ReportUrlState>) => {
      if (!state) return;
      router.push(`${pathname}?${changeReportParams(state, next)}`, { scroll: false });
    },
    [state, pathname, router],
  );

  return { state, change };
}

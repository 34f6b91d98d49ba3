'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDuration } from '@/components/ui/format';
import { useNow } from '@/components/ui/use-now';

/**
 * Says that a report is being fetched and for how long, with the upstream's own "busy" answer
 * while a long report fills its cache; never a blank card.
 */
export function FetchingNote({
  fetching,
  ...progress
}: {
  fetching: boolean;
  failureCount: number;
  failureReason: Error | null;
}) {
  // Mounted afresh for each fetch, so its clock starts when the fetch does.
  return fetching ? <FetchingClock {...progress} /> : null;
}

function FetchingClock({
  failureCount,
  failureReason,
}: {
  failureCount: number;
  failureReason: Error | null;
}) {
  const t = useTranslations('reports.status');
  const [since] = useState(() => Date.now());
  const now = useNow(1000);
  const seconds = Math.max(0, Math.round((now - since) / 1000));
  return (
    <p
      role="status"
      data-testid="fetching"
      className="flex flex-wrap items-center gap-2 text-sm text-muted"
    >
      <span
        className="inline-block size-2 animate-pulse rounded-full bg-accent"
        aria-hidden="true"
      />
      {t('fetching', { seconds })}
      {failureCount > 0 && failureReason && (
        <span className="text-warn">{t('stillWorking', { reason: failureReason.message })}</span>
      )}
    </p>
  );
}

export function LoadingBlock({ label, className }: { label: string; className?: string }) {
  return (
    <div className="flex flex-col gap-2" aria-busy="true">
      <span className="sr-only">{label}</span>
      <Skeleton className={className ?? 'h-64 w-full'} />
    </div>
  );
}

/** What failed, in the server's words, and a way to try again. */
export function ErrorBlock({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: Error;
  onRetry: () => void;
}) {
  const t = useTranslations('reports.status');
  return (
    <div
      role="alert"
      data-testid="report-error"
      className="flex flex-col items-start gap-3 rounded-xl border border-alert/60 bg-alert/10 p-4 text-sm"
    >
      <p className="font-medium text-alert">{t('failed', { what })}</p>
      <p className="text-muted">{error.message}</p>
      <Button variant="outline" size="sm" onClick={onRetry}>
        {t('retry')}
      </Button>
    </div>
  );
}

export function EmptyBlock({ children }: { children: string }) {
  return (
    <p
      data-testid="report-empty"
      className="rounded-xl border border-dashed border-border-strong p-6 text-center text-sm text-muted"
    >
      {children}
    </p>
  );
}

/** The last good data is on screen: say so, how old it is and why it was not refreshed. */
export function StaleNote({
  stale,
  fetchedAt,
  reason,
}: {
  stale: boolean;
  fetchedAt: string;
  reason: string | undefined;
}) {
  const t = useTranslations('reports.status');
  const locale = useLocale();
  const now = useNow(1000);
  if (!stale) return null;
  const age = formatDuration(Math.max(0, (now - Date.parse(fetchedAt)) / 1000), locale);
  return (
    <p data-testid="report-stale" className="flex flex-wrap items-center gap-2 text-sm text-muted">
      <Badge tone="stale">{t('stale', { age })}</Badge>
      {reason && <span>{t('staleReason', { reason })}</span>}
    </p>
  );
}

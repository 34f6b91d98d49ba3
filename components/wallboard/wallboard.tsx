'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { sourcesQuery } from '@/lib/queries/sources';
import { todaySummaryQuery } from '@/lib/queries/stats';
import { secondsSince } from '@/components/sources/data-age';
import { SourceHealthStrip } from '@/components/sources/source-health-strip';
import { useLiveSource } from '@/components/sources/use-live-source';
import { Skeleton } from '@/components/ui/skeleton';
import { useNow } from '@/components/ui/use-now';
import { SourceQueues } from './source-queues';
import { SourceStatusBanner, SourceStatusProvider } from './source-status';
import { TodaySummary } from './today-summary';

/** `/`: every source at a glance: health, today's totals and live queues, each where it has them. */
export function Wallboard() {
  const t = useTranslations('wallboard');
  const { data, error } = useQuery(sourcesQuery());

  if (!data) {
    if (error) {
      return (
        <p role="alert" className="text-alert">
          {t('sourcesError', { reason: error.message })}
        </p>
      );
    }
    return (
      <div role="status" aria-label={t('loading')} className="flex flex-col gap-4">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-20" />
        <Skeleton className="h-72" />
      </div>
    );
  }
  if (data.sources.length === 0) return <p className="text-muted">{t('noSources')}</p>;

  return (
    <SourceStatusProvider>
      <SourceStatusBanner />
      <div className="flex flex-col gap-10">
        {data.sources.map((source) =>
          source.capabilities.liveQueues ? (
            <LiveSourceSection key={source.id} source={source} />
          ) : (
            <StatsSourceSection key={source.id} source={source} />
          ),
        )}
      </div>
    </SourceStatusProvider>
  );
}

function LiveSourceSection({ source }: { source: SourceInfo }) {
  const live = useLiveSource(source);
  return (
    <SectionFrame
      source={source}
      health={<SourceHealthStrip source={source} freshness={live.freshness} />}
    >
      {source.capabilities.summary && <TodaySummary source={source} />}
      <SourceQueues source={source} live={live} />
    </SectionFrame>
  );
}

/** A source without live queues: its data age is that of today's totals. */
function StatsSourceSection({ source }: { source: SourceInfo }) {
  const t = useTranslations('wallboard');
  const now = useNow();
  const { data } = useQuery({
    ...todaySummaryQuery(source.id),
    enabled: source.capabilities.summary,
  });
  const age = data ? secondsSince(data.fetchedAt, now) : null;
  const freshness = data && age !== null ? { ageSeconds: age, stale: data.stale } : null;
  return (
    <SectionFrame
      source={source}
      health={<SourceHealthStrip source={source} freshness={freshness} />}
    >
      {source.capabilities.summary ? (
        <TodaySummary source={source} />
      ) : (
        <p className="text-sm text-muted">{t('nothingToShow')}</p>
      )}
    </SectionFrame>
  );
}

function SectionFrame({
  source,
  health,
  children,
}: {
  source: SourceInfo;
  health: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`source-${source.id}`} className="flex flex-col gap-3">
      <h2 id={`source-${source.id}`} className="text-lg font-semibold">
        <Link
          href={`/sources/${encodeURIComponent(source.id)}`}
          className="hover:underline focus-visible:underline"
        >
          {source.name}{' '}
          <span aria-hidden="true" className="text-muted">
            →
          </span>
        </Link>
      </h2>
      {health}
      {children}
    </section>
  );
}

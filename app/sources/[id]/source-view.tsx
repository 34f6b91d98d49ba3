'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { sourcesQuery } from '@/lib/queries/sources';
import { todaySummaryQuery } from '@/lib/queries/stats';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { useNow } from '@/components/ui/use-now';
import { CapabilityNote } from '@/components/sources/capability-note';
import { secondsSince } from '@/components/sources/data-age';
import { LiveQueuesSection } from '@/components/sources/live-queues-section';
import { SourceHealthStrip, type DataFreshness } from '@/components/sources/source-health-strip';
import { SourceToday } from '@/components/sources/source-today';
import { useLiveSource } from '@/components/sources/use-live-source';

/** `/sources/{id}`: one source in full, live and today. */
export function SourceView({ sourceId }: { sourceId: string }) {
  const t = useTranslations('source');
  const { data, error } = useQuery(sourcesQuery());
  const source = data?.sources.find((s) => s.id === sourceId);
  if (!source) {
    if (data) return <p role="alert">{t('notFoundText', { id: sourceId })}</p>;
    if (error)
      return (
        <p role="alert" className="text-alert">
          {t('sourcesError', { reason: error.message })}
        </p>
      );
    return (
      <div
        role="status"
        aria-label={t('loading', { source: sourceId })}
        className="flex flex-col gap-4"
      >
        <Skeleton className="h-10 w-80" />
        <Skeleton className="h-8" />
        <Skeleton className="h-96" />
      </div>
    );
  }
  return source.capabilities.liveQueues ? (
    <LiveSourceView source={source} />
  ) : (
    <StatsSourceView source={source} />
  );
}

function LiveSourceView({ source }: { source: SourceInfo }) {
  const live = useLiveSource(source);
  return (
    <Layout source={source} freshness={live.freshness}>
      <LiveQueuesSection source={source} live={live} />
    </Layout>
  );
}

function StatsSourceView({ source }: { source: SourceInfo }) {
  const t = useTranslations('source');
  const now = useNow();
  const { data } = useQuery({
    ...todaySummaryQuery(source.id),
    enabled: source.capabilities.summary,
  });
  const age = data ? secondsSince(data.fetchedAt, now) : null;
  return (
    <Layout
      source={source}
      freshness={data && age !== null ? { ageSeconds: age, stale: data.stale } : null}
    >
      <CapabilityNote>{t('noLive')}</CapabilityNote>
    </Layout>
  );
}

function Layout({
  source,
  freshness,
  children,
}: {
  source: SourceInfo;
  freshness: DataFreshness | null;
  children: ReactNode;
}) {
  const t = useTranslations('source');
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <Link href="/" className="w-fit text-sm text-muted hover:text-foreground hover:underline">
          <span aria-hidden="true">← </span>
          {t('back')}
        </Link>
        <div className="flex flex-wrap items-baseline gap-3">
          <h1 className="text-2xl font-semibold">{source.name}</h1>
          <Badge tone="neutral" title={t('kind')}>
            {source.kind}
          </Badge>
          <span className="text-sm text-muted">
            {t('zone')}: {source.timezone}
          </span>
        </div>
        <SourceHealthStrip source={source} freshness={freshness} />
      </header>
      <section aria-labelledby="live-title" className="flex flex-col gap-4">
        <h2 id="live-title" className="text-lg font-semibold">
          {t('liveTitle')}
        </h2>
        {children}
      </section>
      <section aria-labelledby="today-title" className="flex flex-col gap-4">
        <h2 id="today-title" className="text-lg font-semibold">
          {t('todayTitle')}
        </h2>
        <SourceToday source={source} />
      </section>
    </div>
  );
}

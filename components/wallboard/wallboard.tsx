'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import type { SourceInfo } from '@/lib/model/source';
import { sourcesQuery } from '@/lib/queries/sources';
import { SourceQueues } from './source-queues';
import { SourceStatusBanner, SourceStatusProvider } from './source-status';
import { TodaySummary } from './today-summary';

/** `/`: every source at a glance: today's totals and live queues, each where the source has them. */
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
    return <p className="text-muted">{t('loading')}</p>;
  }
  if (data.sources.length === 0) return <p className="text-muted">{t('noSources')}</p>;

  return (
    <SourceStatusProvider>
      <SourceStatusBanner />
      <div className="flex flex-col gap-8">
        {data.sources.map((source) => (
          <SourceSection key={source.id} source={source} />
        ))}
      </div>
    </SourceStatusProvider>
  );
}

function SourceSection({ source }: { source: SourceInfo }) {
  const t = useTranslations('wallboard');
  const { summary, liveQueues } = source.capabilities;
  return (
    <section aria-labelledby={`source-${source.id}`} className="flex flex-col gap-3">
      <h2 id={`source-${source.id}`} className="text-lg font-medium text-muted">
        {source.name}
      </h2>
      {summary && <TodaySummary source={source} />}
      {liveQueues && <SourceQueues source={source} />}
      {!summary && !liveQueues && <p className="text-sm text-muted">{t('nothingToShow')}</p>}
    </section>
  );
}
